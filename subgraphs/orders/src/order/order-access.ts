import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, partyTo, requireCaller, type RequestContext } from '@realserv/platform';
import type { Actor } from './order-lifecycle.js';
import { Order } from './order.entity.js';

/** The buyer who placed it, its vendor, admins and peer subgraphs (SERVICE) see an order; everyone else gets NOT_FOUND. */
export function canSeeOrder(ctx: RequestContext, order: Order): boolean {
  if (ctx.caller?.roles.includes('SERVICE')) return true;
  return partyTo(ctx.caller, order) !== null;
}

/** Which party the caller acts as on this order (an admin acting on it is ADMIN); NOT_FOUND for anyone else. */
export function actorFor(ctx: RequestContext, order: Order): Actor {
  const party = partyTo(requireCaller(ctx), order);
  if (!party) throw new NotFoundError('Order', order.id);
  return party;
}

/** The order under its row lock, for a change in `em`'s transaction; NOT_FOUND unless the caller may see it. */
export async function lockVisibleOrder(ctx: RequestContext, em: EntityManager, id: string): Promise<Order> {
  const order = await em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order || !canSeeOrder(ctx, order)) throw new NotFoundError('Order', id);
  return order;
}
