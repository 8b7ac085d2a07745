import { NotFoundError, assertId, findPlain, requireUserId, requireVendorId, pageWindow, toPage, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { canSeeOrder } from './order-access.js';
import { Order } from './order.entity.js';
import type { OrdersFilter } from './order.inputs.js';

/** Reading orders: one order for its parties, and the lists of a buyer, a vendor and admins. */

/** The buyer who placed it, its vendor, and admins; everyone else gets NOT_FOUND. */
export async function findVisibleOrder(ctx: RequestContext, id: string): Promise<Order> {
  // Answers only: a plain object (findPlain); a change loads the order with the EntityManager.
  const [order] = await findPlain(ctx.em, Order, { id: assertId(id) }, { limit: 1 });
  if (!order || !canSeeOrder(ctx, order)) throw new NotFoundError('Order', id);
  return order;
}

export async function listBuyerOrders(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
  const buyerId = requireUserId(ctx);
  return list(ctx, { ...where(filter), buyerId }, page);
}

export async function listVendorOrders(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
  const vendorId = requireVendorId(ctx);
  return list(ctx, { ...where(filter), vendorId }, page);
}

export async function listAllOrders(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
  const conditions: Record<string, unknown> = where(filter);
  // An empty string is a bad id, not "no filter".
  if (filter?.vendorId != null) conditions.vendorId = assertId(filter.vendorId, 'vendorId');
  if (filter?.buyerId != null) conditions.buyerId = assertId(filter.buyerId, 'buyerId');
  return list(ctx, conditions, page);
}

async function list(ctx: RequestContext, conditions: Record<string, unknown>, page: PageInput | undefined): Promise<Page<Order>> {
  const window = pageWindow(page);
  const items = await findPlain(ctx.em, Order, conditions, { orderBy: { createdAt: 'desc', id: 'asc' }, ...window });
  // A page shorter than its limit ends the list, so its total is known without counting (#12:
  // most buyers' myOrders is one statement, not two); a full or empty later page counts.
  const ended = items.length < window.limit && (items.length > 0 || window.offset === 0);
  const total = ended ? window.offset + items.length : await ctx.em.count(Order, conditions);
  return toPage(items, total, page);
}

function where(filter: OrdersFilter | undefined): Record<string, unknown> {
  const conditions: Record<string, unknown> = {};
  if (filter?.status) conditions.status = filter.status;
  if (filter?.orderNumber) conditions.orderNumber = { $like: `${filter.orderNumber.toUpperCase().replace(/[\\%_]/g, '')}%` };
  return conditions;
}
