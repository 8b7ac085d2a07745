import DataLoader from 'dataloader';
import { manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';

export const itemsByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderItem[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(OrderItem, { orderId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (i) => i.orderId),
  );

export const historyByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderStatusHistory[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(OrderStatusHistory, { orderId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (h) => h.orderId),
  );

export const ordersById = (ctx: RequestContext) =>
  new DataLoader<string, Order | null>(async (ids) => {
    return oneByKey(ids, await ctx.em.find(Order, { id: { $in: [...ids] } }), (o) => o.id);
  });
