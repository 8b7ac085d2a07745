import type { EntityManager } from '@mikro-orm/postgresql';
import { Dispute } from '../dispute/dispute.entity.js';
import type { DisputeStatus } from '../dispute/dispute-enums.js';
import type { DisputeStatusName } from '../dispute/dispute-lifecycle.js';
import { Order } from './order.entity.js';
import type { OrderStatusEnum } from './order-enums.js';
import { ORDER_STATUSES, isTerminal } from './order-lifecycle.js';

/** Most order numbers each list names (enough for the buyer to act on; the count is not the point). */
const LISTED = 20;
/** Orders something still happens to: every status but the terminal ones (order-lifecycle.ts). */
const OPEN_ORDER_STATUSES = ORDER_STATUSES.filter((status) => !isTerminal(status));
/**
 * Disputes an admin has not decided yet. Once resolved (any outcome) nothing in it needs the
 * buyer's account: an approved refund goes back to the payment (payments' business).
 */
const UNDECIDED_DISPUTE_STATUSES: readonly DisputeStatusName[] = ['AWAITING_VENDOR', 'AWAITING_ADMIN'];

/**
 * What stops a buyer's account from being deleted now, from orders' own tables (every order
 * counts, whenever it was placed and whatever events were delivered): open orders and undecided
 * disputes, the oldest first.
 */
export async function accountDeletionBlockers(em: EntityManager, buyerId: string): Promise<{ openOrderNumbers: string[]; openDisputeOrderNumbers: string[] }> {
  const orders = await em.find(Order, { buyerId, status: { $in: OPEN_ORDER_STATUSES as unknown as OrderStatusEnum[] } }, { fields: ['orderNumber'], orderBy: { createdAt: 'asc' }, limit: LISTED });
  const disputes = await em.find(Dispute, { buyerId, status: { $in: UNDECIDED_DISPUTE_STATUSES as unknown as DisputeStatus[] } }, { fields: ['orderNumber'], orderBy: { createdAt: 'asc' }, limit: LISTED });
  return { openOrderNumbers: orders.map((o) => o.orderNumber), openDisputeOrderNumbers: disputes.map((d) => d.orderNumber) };
}
