import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { assertId, type RequestContext } from '@realserv/platform';
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

@ObjectType({ description: 'Peer subgraphs (identity): what stops a buyer’s account from being deleted now.' })
export class AccountDeletionBlockers {
  @Field(() => [String], { description: 'Numbers of the buyer’s orders not yet COMPLETED, CANCELLED or REJECTED (the oldest 20).' })
  openOrderNumbers!: string[];

  @Field(() => [String], { description: 'Order numbers of the buyer’s disputes an admin has not resolved yet (the oldest 20).' })
  openDisputeOrderNumbers!: string[];
}

/**
 * identity asks this once when a buyer's account is about to be deleted: answered from orders'
 * own tables, so every order counts, whenever it was placed and whatever events were delivered.
 */
@Resolver()
export class AccountDeletionCheckResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => AccountDeletionBlockers, { description: 'Peer subgraphs (identity): the buyer’s open orders and undecided disputes, which refuse account deletion.' })
  async accountDeletionBlockersForService(
    @Arg('buyerId', () => ID, { description: 'The buyer’s user id.' }) buyerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountDeletionBlockers> {
    const id = assertId(buyerId, 'buyerId');
    const orders = await ctx.em.find(Order, { buyerId: id, status: { $in: OPEN_ORDER_STATUSES as unknown as OrderStatusEnum[] } }, { fields: ['orderNumber'], orderBy: { createdAt: 'asc' }, limit: LISTED });
    const disputes = await ctx.em.find(Dispute, { buyerId: id, status: { $in: UNDECIDED_DISPUTE_STATUSES as unknown as DisputeStatus[] } }, { fields: ['orderNumber'], orderBy: { createdAt: 'asc' }, limit: LISTED });
    return Object.assign(new AccountDeletionBlockers(), { openOrderNumbers: orders.map((o) => o.orderNumber), openDisputeOrderNumbers: disputes.map((d) => d.orderNumber) });
  }
}
