import DataLoader from 'dataloader';
import { findPlain, manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';

// The loaders answer only (plain objects, findPlain); writes load their entities with the EntityManager.

export const itemsByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderItem[]>(async (ids) =>
    manyByKey(ids, await findPlain(ctx.em, OrderItem, { orderId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (i) => i.orderId),
  );

export const historyByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, OrderStatusHistory[]>(async (ids) =>
    manyByKey(ids, await findPlain(ctx.em, OrderStatusHistory, { orderId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (h) => h.orderId),
  );

export const ordersById = (ctx: RequestContext) =>
  new DataLoader<string, Order | null>(async (ids) => {
    return oneByKey(ids, await findPlain(ctx.em, Order, { id: { $in: [...ids] } }), (o) => o.id);
  });
