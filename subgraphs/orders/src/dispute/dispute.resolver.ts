import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, type RequestContext } from '@realserv/platform';
import { User, Vendor, ref } from '../references/references.js';
import { canSeeOrder } from '../order/order-access.js';
import { Order } from '../order/order.entity.js';
import { ordersById } from '../order/order.loaders.js';
import { Dispute, DisputeEvent, DisputeLine } from './dispute.entity.js';
import { DisputesFilter, OpenDisputeInput, RecordDisputePayoutInput, ResolveDisputeInput, RespondToDisputeInput } from './dispute.inputs.js';
import { canSeeDispute, findVisibleDispute, historyByDisputeId, latestDisputeByOrderId, linesByDisputeId, listAllDisputes, listBuyerDisputes, listVendorDisputes } from './dispute-queries.js';
import type { DisputeService } from './dispute.service.js';

@ObjectType({ description: 'One page of disputes, newest first.' })
export class DisputePage extends Paginated(Dispute) {}

const PAGE = { nullable: true, description: 'Offset and limit (default the first 20).' } as const;

@Resolver(() => Dispute)
export class DisputeResolver {
  constructor(private readonly service: DisputeService) {}

  @Authorized('BUYER')
  @Mutation(() => Dispute, {
    description:
      'Buyers only: disputes their own DELIVERED or COMPLETED order within 7 days of delivery; the vendor then has 48 hours to respond. Errors: NOT_FOUND for others’ orders; CONFLICT with reason ORDER_NOT_DELIVERED, DISPUTE_WINDOW_CLOSED or DISPUTE_ALREADY_OPEN (one open dispute per order); BAD_USER_INPUT with reason AMOUNT_ABOVE_PAID, QUANTITY_ABOVE_ORDERED, UNKNOWN_LINE, DUPLICATE_LINE, UNKNOWN_MEDIA, MEDIA_NOT_CONFIRMED, WRONG_MEDIA_PURPOSE or NOT_YOUR_MEDIA. Nothing is written on an error.',
  })
  openDispute(@Arg('input', { description: 'The order, type, lines, amount, description and evidence.' }) input: OpenDisputeInput, @Ctx() ctx: RequestContext): Promise<Dispute> {
    return this.service.open(ctx, input);
  }

  @Authorized('VENDOR')
  @Mutation(() => Dispute, {
    description:
      'The order’s vendor accepts or contests a dispute AWAITING_VENDOR, within 48 hours of its opening; an admin decides next. Errors: NOT_FOUND for others’ disputes; CONFLICT with reason RESPONSE_WINDOW_CLOSED or NOT_A_TRANSITION (already answered or escalated); BAD_USER_INPUT for evidence that is not the vendor user’s confirmed DISPUTE_EVIDENCE.',
  })
  respondToDispute(
    @Arg('disputeId', () => ID, { description: 'The dispute.' }) disputeId: string,
    @Arg('input', { description: 'Accept or contest, a message and evidence.' }) input: RespondToDisputeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Dispute> {
    return this.service.respond(ctx, disputeId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Dispute, {
    description:
      'Admins only: resolves a dispute awaiting the vendor or an admin, with a written reason. A refund is made by payments, once (online: Razorpay; COD: a recorded manual payout, payoutReference required); the dispute is REFUND_PENDING until payments reports it processed, then REFUNDED. REPLACEMENT places a no-charge order of the lines (same buyer, vendor and address; stock held like any order) in the same step: replacementOrder. Idempotent by key. Errors: NOT_FOUND; CONFLICT with reason NOT_A_TRANSITION (already resolved), NOTHING_TO_REFUND, IDEMPOTENCY_KEY_REUSED, RESOLUTION_EXPIRED or catalog’s INSUFFICIENT_STOCK / MATERIAL_UNAVAILABLE (nothing changes); BAD_USER_INPUT with reason REFUND_ABOVE_PAID, LINES_REQUIRED, AMOUNT_REQUIRED, AMOUNT_NOT_FULL, NO_REFUND_FOR_OUTCOME or PAYOUT_REFERENCE_REQUIRED.',
  })
  resolveDispute(
    @Arg('disputeId', () => ID, { description: 'The dispute.' }) disputeId: string,
    @Arg('input', { description: 'The outcome, lines and amount, reason, payout reference and idempotency key.' }) input: ResolveDisputeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Dispute> {
    return this.service.resolve(ctx, disputeId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Dispute, {
    description:
      'Admins only: Razorpay refused the dispute’s refund (refundFailure), so the admin paid the buyer by UPI/bank; records that payout with its reference. Payments books it as a MANUAL_PAYOUT refund and the dispute becomes REFUNDED; the vendor’s settlement is charged once. The same reference again returns the dispute. Errors: NOT_FOUND; CONFLICT with reason REFUND_NOT_FAILED, PAYOUT_ALREADY_RECORDED or NOT_A_TRANSITION.',
  })
  recordDisputePayout(
    @Arg('disputeId', () => ID, { description: 'The dispute.' }) disputeId: string,
    @Arg('input', { description: 'The payout’s UPI/bank reference.' }) input: RecordDisputePayoutInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Dispute> {
    return this.service.recordPayout(ctx, disputeId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Dispute], {
    description: 'Admins only: runs the escalation now (it also runs every few minutes): disputes whose vendor did not respond within 48 hours move to AWAITING_ADMIN. disputeIds limits the run. Returns the disputes it moved.',
  })
  escalateOverdueDisputes(@Ctx() ctx: RequestContext, @Arg('disputeIds', () => [ID], { nullable: true, description: 'Only these disputes; every overdue one when omitted.' }) disputeIds?: string[]): Promise<Dispute[]> {
    return this.service.adminEscalateOverdue(ctx, disputeIds);
  }

  @Authorized()
  @Query(() => Dispute, { description: 'A dispute: the buyer who opened it, the order’s vendor and admins may read it. Errors: NOT_FOUND for anyone else.' })
  dispute(@Arg('id', () => ID, { description: 'The dispute id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Dispute> {
    return findVisibleDispute(ctx, id);
  }

  @Authorized('BUYER')
  @Query(() => DisputePage, { description: 'Buyers only: the signed-in buyer’s disputes, newest first.' })
  myDisputes(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, PAGE) page?: PageInput) {
    return listBuyerDisputes(ctx, page);
  }

  @Authorized('VENDOR')
  @Query(() => DisputePage, { description: 'Vendors only: disputes about the signed-in vendor’s orders, newest first. Errors: FORBIDDEN before vendor onboarding.' })
  vendorDisputes(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, PAGE) page?: PageInput) {
    return listVendorDisputes(ctx, page);
  }

  @Authorized('ADMIN')
  @Query(() => DisputePage, { description: 'Admins only: the dispute queue, newest first, by status, type or vendor.' })
  disputes(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DisputesFilter, { nullable: true, description: 'Status, type or vendor.' }) filter?: DisputesFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listAllDisputes(ctx, filter, page);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The disputed order.' })
  async order(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<Order | null> {
    const order = await ctx.loaders.get(ordersById).load(dispute.orderId);
    return order && canSeeOrder(ctx, order) ? order : null;
  }

  @FieldResolver(() => Order, { nullable: true, description: 'REPLACEMENT: the no-charge order placed with the resolution; null otherwise.' })
  async replacementOrder(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<Order | null> {
    if (!dispute.replacementOrderId) return null;
    const order = await ctx.loaders.get(ordersById).load(dispute.replacementOrderId);
    return order && canSeeOrder(ctx, order) ? order : null;
  }

  @FieldResolver(() => User, { description: 'The buyer who opened it.' })
  buyer(@Root() dispute: Dispute): User {
    return ref(User, dispute.buyerId);
  }

  @FieldResolver(() => Vendor, { description: 'The order’s vendor.' })
  vendor(@Root() dispute: Dispute): Vendor {
    return ref(Vendor, dispute.vendorId);
  }

  @FieldResolver(() => Money, { description: 'What the buyer asked back.' })
  amountClaimed(@Root() dispute: Dispute): Money {
    return Money.of(dispute.amountClaimedPaise);
  }

  @FieldResolver(() => Money, { description: 'The refund the admin approved (0 until resolved, and for a replacement or rejection).' })
  approvedRefund(@Root() dispute: Dispute): Money {
    return Money.of(dispute.approvedRefundPaise);
  }

  @FieldResolver(() => Money, { description: 'What payments has refunded for it (0 until REFUNDED).' })
  refunded(@Root() dispute: Dispute): Money {
    return Money.of(dispute.refundedPaise);
  }

  @FieldResolver(() => [DisputeLine], { description: 'The lines the buyer disputed.' })
  async lines(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeLine[]> {
    return (await ctx.loaders.get(linesByDisputeId).load(dispute.id)).filter((l) => !l.resolution);
  }

  @FieldResolver(() => [DisputeLine], { description: 'The lines a partial refund or replacement is for; empty otherwise.' })
  async resolutionLines(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeLine[]> {
    return (await ctx.loaders.get(linesByDisputeId).load(dispute.id)).filter((l) => l.resolution);
  }

  @FieldResolver(() => [DisputeEvent], { description: 'Every step, oldest first, with who took it and when.' })
  history(@Root() dispute: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeEvent[]> {
    return ctx.loaders.get(historyByDisputeId).load(dispute.id);
  }
}

@Resolver(() => Order)
export class OrderDisputeResolver {
  @FieldResolver(() => Dispute, { nullable: true, description: 'The order’s latest dispute (the open one, if any); null when never disputed.' })
  async dispute(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Dispute | null> {
    const dispute = await ctx.loaders.get(latestDisputeByOrderId).load(order.id);
    return dispute && canSeeDispute(ctx, dispute) ? dispute : null;
  }

  @FieldResolver(() => Order, { nullable: true, description: 'A dispute’s replacement (every amount 0, payment status NOT_REQUIRED): the order it replaces; null for a buyer’s order.' })
  async replacementFor(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Order | null> {
    if (!order.replacementForOrderId) return null;
    const original = await ctx.loaders.get(ordersById).load(order.replacementForOrderId);
    return original && canSeeOrder(ctx, original) ? original : null;
  }
}
