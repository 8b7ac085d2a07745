import DataLoader from 'dataloader';
import { NotFoundError, assertId, manyByKey, oneByKey, partyTo, requireUserId, requireVendorId, pageWindow, toPage, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { Dispute, DisputeEvent, DisputeLine } from './dispute.entity.js';
import type { DisputesFilter } from './dispute.inputs.js';

/** The buyer who opened it, the order's vendor and admins see a dispute; everyone else gets NOT_FOUND. */
export function canSeeDispute(ctx: RequestContext, dispute: Dispute): boolean {
  return partyTo(ctx.caller, dispute) !== null;
}

export async function findVisibleDispute(ctx: RequestContext, id: string): Promise<Dispute> {
  const dispute = await ctx.em.findOne(Dispute, { id: assertId(id) });
  if (!dispute || !canSeeDispute(ctx, dispute)) throw new NotFoundError('Dispute', id);
  return dispute;
}

export function listBuyerDisputes(ctx: RequestContext, page: PageInput | undefined): Promise<Page<Dispute>> {
  return list(ctx, { buyerId: requireUserId(ctx) }, page);
}

export function listVendorDisputes(ctx: RequestContext, page: PageInput | undefined): Promise<Page<Dispute>> {
  return list(ctx, { vendorId: requireVendorId(ctx) }, page);
}

export function listAllDisputes(ctx: RequestContext, filter: DisputesFilter | undefined, page: PageInput | undefined): Promise<Page<Dispute>> {
  const conditions: Record<string, unknown> = {};
  if (filter?.status) conditions.status = filter.status;
  if (filter?.type) conditions.type = filter.type;
  if (filter?.vendorId != null) conditions.vendorId = assertId(filter.vendorId, 'vendorId');
  return list(ctx, conditions, page);
}

async function list(ctx: RequestContext, conditions: Record<string, unknown>, page: PageInput | undefined): Promise<Page<Dispute>> {
  const [items, total] = await ctx.em.findAndCount(Dispute, conditions, { orderBy: { createdAt: 'desc', id: 'asc' }, ...pageWindow(page) });
  return toPage(items, total, page);
}

export const linesByDisputeId = (ctx: RequestContext) =>
  new DataLoader<string, DisputeLine[]>(async (ids) => manyByKey(ids, await ctx.em.find(DisputeLine, { disputeId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (l) => l.disputeId));

export const historyByDisputeId = (ctx: RequestContext) =>
  new DataLoader<string, DisputeEvent[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(DisputeEvent, { disputeId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.disputeId),
  );

/** An order's latest dispute (the open one, if any: there is at most one and it is the newest). */
export const latestDisputeByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, Dispute | null>(async (ids) => {
    const rows = await ctx.em.find(Dispute, { orderId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    const latest = new Map<string, Dispute>();
    for (const row of rows) if (!latest.has(row.orderId)) latest.set(row.orderId, row);
    return oneByKey(ids, [...latest.values()], (d) => d.orderId);
  });
