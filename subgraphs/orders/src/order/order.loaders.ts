import DataLoader from 'dataloader';
import type { RequestContext } from '@realserv/platform';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';

function grouped<T extends { orderId: string }>(rows: T[], ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.orderId);
    if (list) list.push(row);
    else groups.set(row.orderId, [row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

export const itemsByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderItem[]>(async (ids) =>
    grouped(await ctx.em.find(OrderItem, { orderId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), ids),
  );

export const historyByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderStatusHistory[]>(async (ids) =>
    grouped(await ctx.em.find(OrderStatusHistory, { orderId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), ids),
  );

export const ordersById = (ctx: RequestContext) =>
  new DataLoader<string, Order | null>(async (ids) => {
    const rows = await ctx.em.find(Order, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
