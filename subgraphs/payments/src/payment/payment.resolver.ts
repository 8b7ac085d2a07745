import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MAX_ORDER_TOTAL_PAISE, Money, PageInput, Paginated, findPlain, isAdmin, manyByKey, oneByKey, partyTo, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Order } from '../references/order.js';
import { Payment, PaymentMethodKind, PaymentStatus, PaymentTransaction, Refund, RefundMethod } from './payment.entities.js';
import { MIN_REFUND_PAISE, REFUND_KEY_PATTERN, REFUND_KEY_RULE } from './refund-rules.js';
import type { PaymentService } from './payment.service.js';
import type { CodProofUrls } from './cod-proof.js';

@ObjectType({ description: 'The photo of the cash receipt a vendor attached when recording a COD payment’s cash. Admins and the order’s vendor see it; the buyer does not (null).' })
export class CodProof {
  @Field(() => ID, { description: 'The media id (integrations, purpose COD_PROOF).' })
  mediaId!: string;

  @Field(() => String, { nullable: true, description: 'A short-lived signed download link; null when the file is no longer stored.' })
  url!: string | null;
}

@ObjectType({ description: 'What the buyer app passes to Razorpay Checkout.' })
export class CheckoutSession {
  @Field({ description: 'The Razorpay order id (order_…) to open Checkout with.' }) razorpayOrderId!: string;
  @Field({ description: 'Razorpay key id (public).' }) keyId!: string;
  @Field(() => Money, { description: 'The amount Checkout collects: the order total.' }) amount!: Money;
  @Field({ description: 'The order’s number, for the Checkout description.' }) orderNumber!: string;
}

@InputType({ description: 'Razorpay Checkout’s success response for an order.' })
export class VerifyPaymentInput {
  @Field(() => ID, { description: 'The RealServ order id.' }) orderId!: string;
  @Field({ description: 'razorpay_order_id from Checkout (order_…).' }) @Matches(/^order_[A-Za-z0-9]{6,40}$/) razorpayOrderId!: string;
  @Field({ description: 'razorpay_payment_id from Checkout (pay_…).' }) @Matches(/^pay_[A-Za-z0-9]{6,40}$/) razorpayPaymentId!: string;
  @Field({ description: 'razorpay_signature from Checkout: the 64-character hex HMAC-SHA256.' }) @Matches(/^[a-f0-9]{64}$/, { message: 'razorpaySignature must be the hex HMAC from Checkout' }) razorpaySignature!: string;
}

@InputType({ description: 'An admin refund of an order’s payment.' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'The order whose payment is refunded.' }) orderId!: string;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Integer paise; omit to refund everything still refundable. At least 100 (₹1, Razorpay’s minimum) and never more than captured less refunded.' })
  @IsOptional()
  @Min(MIN_REFUND_PAISE)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountPaise?: number;
  @Field({ description: 'Why, 3–250 characters; shown on the refund.' }) @Length(3, 250) reason!: string;
  @Field({
    description:
      'Client-chosen, 10–64 letters, digits, - or _ (Razorpay’s X-Refund-Idempotency rule). The same key with the same request returns the first refund; with another request or order it is refused (CONFLICT, reason IDEMPOTENCY_KEY_REUSED).',
  })
  @Matches(REFUND_KEY_PATTERN, { message: REFUND_KEY_RULE })
  idempotencyKey!: string;
}

@InputType({ description: 'Narrows the admin payment list; all given conditions must match.' })
export class PaymentsFilter {
  @Field(() => PaymentStatus, { nullable: true, description: 'Only payments in this status.' }) @IsOptional() status?: PaymentStatus;
  @Field(() => PaymentMethodKind, { nullable: true, description: 'Only online or only cash-on-delivery payments.' }) @IsOptional() method?: PaymentMethodKind;
  @Field(() => Date, { nullable: true, description: 'Opened at or after this instant.' }) @IsOptional() from?: Date;
  @Field(() => Date, { nullable: true, description: 'Opened before this instant.' }) @IsOptional() to?: Date;
  @Field({ nullable: true, description: 'Exactly this order number, e.g. RS-2611-000123.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,40}$/, { message: 'orderNumber must look like RS-2611-000123' })
  orderNumber?: string;
}

@ObjectType({ description: 'One page of payments, newest first.' })
export class PaymentPage extends Paginated(Payment) {}

@ObjectType({ description: 'What one reconciliation run with Razorpay found and settled.' })
export class PaymentReconciliation {
  @Field(() => Int, { description: 'PENDING refunds looked up at Razorpay.' }) refundsChecked!: number;
  @Field(() => Int, { description: 'PENDING refunds that ended PROCESSED or FAILED.' }) refundsSettled!: number;
  @Field(() => Int, { description: 'Unpaid online payments whose Razorpay orders were fetched.' }) paymentsChecked!: number;
  @Field(() => Int, { description: 'Payments captured at Razorpay that RealServ had not heard of.' }) paymentsCaptured!: number;
  @Field(() => Int, { description: 'Captured payments that could not pay their order, refunded.' }) unmatchedPaymentsRefunded!: number;
  @Field(() => Int, { description: 'Items that could not be checked this time (logged; the next run retries).' }) failures!: number;
}

@ObjectType({ description: 'A Razorpay webhook that could not be applied (recorded once, not retried).' })
export class FailedRazorpayWebhook {
  @Field({ description: 'Razorpay’s event id (x-razorpay-event-id).' }) eventId!: string;
  @Field({ description: 'Razorpay’s event, e.g. payment.captured.' }) eventType!: string;
  @Field({ description: 'Why it could not be applied, e.g. its payment already paid another order.' }) error!: string;
  @Field(() => Date, { description: 'When RealServ received it.' }) receivedAt!: Date;
  @Field(() => Date, { description: 'When RealServ tried to apply it.' }) processedAt!: Date;
}

const paymentsByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, Payment | null>(async (ids) => {
    return oneByKey(ids, await findPlain(ctx.em, Payment, { orderId: { $in: [...ids] } }), (p) => p.orderId);
  });

const refundsByPaymentId = (ctx: RequestContext) =>
  new DataLoader<string, Refund[]>(async (ids) => {
    return manyByKey(ids, await findPlain(ctx.em, Refund, { paymentId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }), (r) => r.paymentId);
  });

const transactionsByPaymentId = (ctx: RequestContext) =>
  new DataLoader<string, PaymentTransaction[]>(async (ids) => {
    return manyByKey(ids, await findPlain(ctx.em, PaymentTransaction, { paymentId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (r) => r.paymentId);
  });

/** Visible to the order's buyer, its vendor and admins, like the order itself. */
function canSee(ctx: RequestContext, payment: Payment): boolean {
  return partyTo(ctx.caller, payment) !== null;
}

@Resolver(() => Order)
export class OrderPaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: 'The payment (payments subgraph); null before checkout starts.' })
  async payment(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Payment | null> {
    const payment = await ctx.loaders.get(paymentsByOrderId).load(order.id);
    return payment && canSee(ctx, payment) ? payment : null;
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  constructor(
    private readonly paymentService: PaymentService,
    private readonly codProofUrls: CodProofUrls | null = null,
  ) {}

  /** One signed link per proof per request (a list of payments asks integrations once per distinct file). */
  private readonly codProofUrlByMediaId = (ctx: RequestContext) =>
    new DataLoader<string, string | null>((ids) => Promise.all(ids.map((id) => this.codProofUrls?.urlOf(id, ctx.requestId) ?? null)));

  @Authorized('BUYER')
  @Mutation(() => CheckoutSession, { description: 'Buyers only, for their own ONLINE order in PENDING_PAYMENT: creates (once) the Razorpay order and returns what Razorpay Checkout needs. Errors: NOT_FOUND for others’ orders; BAD_USER_INPUT (reason NOT_AN_ONLINE_ORDER); CONFLICT with reason ALREADY_PAID or NOT_AWAITING_PAYMENT.' })
  async startOnlinePayment(@Arg('orderId', () => ID, { description: 'The buyer’s online order.' }) orderId: string, @Ctx() ctx: RequestContext): Promise<CheckoutSession> {
    const session = await this.paymentService.startOnlinePayment(ctx, orderId);
    return Object.assign(new CheckoutSession(), { ...session, amount: Money.of(session.amountPaise) });
  }

  @Authorized('BUYER')
  @Mutation(() => Payment, { description: 'Buyers only: verifies Razorpay Checkout’s response (signature, order, amount) and captures the payment; the order becomes PAID (also done by the webhook, exactly once). Errors: NOT_FOUND; BAD_USER_INPUT with reason BAD_SIGNATURE, ORDER_MISMATCH or AMOUNT_MISMATCH (a wrong amount is refunded in full); CONFLICT with reason NOT_CAPTURED or PAYMENT_BOUND_TO_ANOTHER_ORDER.' })
  verifyPayment(@Arg('input', { description: 'Checkout’s response.' }) input: VerifyPaymentInput, @Ctx() ctx: RequestContext): Promise<Payment> {
    return this.paymentService.verifyPayment(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Refund, {
    description: 'Admins only: full or partial refund, never more than captured less refunded; idempotent by key (bound to the request). Online payments are refunded through Razorpay; collected COD cash is refunded by the platform outside Razorpay and recorded PROCESSED at once (charged to the vendor’s next settlement). Errors: NOT_FOUND; BAD_USER_INPUT with reason REFUND_EXCEEDS_CAPTURED, REFUND_BELOW_MINIMUM, INVALID_IDEMPOTENCY_KEY or INVALID_REASON; CONFLICT with reason NOT_REFUNDABLE, IDEMPOTENCY_KEY_REUSED, or REFUND_REFUSED_BY_PROVIDER when Razorpay refuses (the refund FAILED and its amount free again). Razorpay not answering: the refund is returned PENDING and reconciliation settles it.',
  })
  refundPayment(@Arg('input', { description: 'The order, amount, reason and idempotency key.' }) input: RefundPaymentInput, @Ctx() ctx: RequestContext): Promise<Refund> {
    return this.paymentService.adminRefund(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => PaymentReconciliation, {
    description: 'Admins only: runs the reconciliation with Razorpay now (it also runs every 5 minutes): PENDING refunds are fetched or re-sent with their key, unpaid online payments are looked up and captured or, when they cannot pay their order, refunded. orderIds limits the run to those orders.',
  })
  async reconcilePayments(@Ctx() ctx: RequestContext, @Arg('orderIds', () => [ID], { nullable: true, description: 'Only these orders; everything pending when omitted.' }) orderIds?: string[]): Promise<PaymentReconciliation> {
    return Object.assign(new PaymentReconciliation(), await this.paymentService.adminReconcile(ctx, orderIds));
  }

  @Authorized('ADMIN')
  @Query(() => [FailedRazorpayWebhook], { description: 'Admins only: Razorpay webhooks that could not be applied, newest first.' })
  async failedRazorpayWebhooks(@Ctx() ctx: RequestContext, @Arg('limit', () => Int, { defaultValue: 50, description: 'How many to return, 1–200 (default 50).' }) limit: number): Promise<FailedRazorpayWebhook[]> {
    const rows = await this.paymentService.failedWebhooks(ctx, limit);
    return rows.map((w) => Object.assign(new FailedRazorpayWebhook(), { eventId: w.eventId, eventType: w.eventType, error: w.error!, receivedAt: w.receivedAt, processedAt: w.processedAt ?? w.receivedAt }));
  }

  @Authorized()
  @Query(() => Payment, { description: 'One payment: for the order’s buyer, its vendor and admins. Errors: NOT_FOUND for anyone else and unknown ids; BAD_USER_INPUT for a malformed id.' })
  payment(@Arg('id', () => ID, { description: 'The payment id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Payment> {
    return this.paymentService.findVisible(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => PaymentPage, { description: 'Admins only: payments, newest first, narrowed by status, method, when opened (from inclusive, to exclusive) and order number. Errors: BAD_USER_INPUT (reason INVALID_RANGE) when from is after to.' })
  payments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PaymentsFilter, { nullable: true, description: 'Status, method, date range or order number.' }) filter?: PaymentsFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.paymentService.list(ctx, filter, page);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order paid (resolved by orders, batched across the list).' })
  order(@Root() payment: Payment): Order {
    return Object.assign(new Order(), { id: payment.orderId });
  }

  @FieldResolver(() => Money, { description: 'The amount to collect: the order total.' })
  amount(@Root() payment: Payment): Money {
    return Money.of(payment.amountPaise);
  }

  @FieldResolver(() => Money, { description: 'Sum of PROCESSED refunds (GST included).' })
  refunded(@Root() payment: Payment): Money {
    return Money.of(payment.refundedPaise);
  }

  @FieldResolver(() => [Refund], { description: 'Refunds of this payment, oldest first.' })
  refunds(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return ctx.loaders.get(refundsByPaymentId).load(payment.id);
  }

  @FieldResolver(() => CodProof, {
    nullable: true,
    description: 'COD payments: the vendor’s receipt photo recorded with the cash (markCashCollected). Admins and the order’s vendor only; null for the buyer, for online payments and before the cash is recorded.',
  })
  async codProof(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<CodProof | null> {
    const party = partyTo(ctx.caller, payment);
    if (!payment.codProofMediaId || (party !== 'ADMIN' && party !== 'VENDOR')) return null;
    const url = await ctx.loaders.get(this.codProofUrlByMediaId).load(payment.codProofMediaId);
    return Object.assign(new CodProof(), { mediaId: payment.codProofMediaId, url });
  }

  @FieldResolver(() => [PaymentTransaction], { description: 'The payment’s log, oldest first: admins only; empty for others.' })
  async transactions(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<PaymentTransaction[]> {
    return isAdmin(ctx) ? ctx.loaders.get(transactionsByPaymentId).load(payment.id) : [];
  }
}

@Resolver(() => Refund)
export class RefundResolver {
  @FieldResolver(() => Money, { description: 'The amount refunded (GST included).' })
  amount(@Root() refund: Refund): Money {
    return Money.of(refund.amountPaise);
  }

  @FieldResolver(() => RefundMethod, { description: 'RAZORPAY, or MANUAL_PAYOUT for cash-on-delivery money the platform paid back by UPI/bank transfer.' })
  method(@Root() refund: Refund): RefundMethod {
    return refund.razorpayPaymentId ? RefundMethod.RAZORPAY : RefundMethod.MANUAL_PAYOUT;
  }
}
