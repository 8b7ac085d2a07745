import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MAX_ORDER_TOTAL_PAISE, Money, isAdmin, manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Order } from '../references/order.js';
import { Payment, PaymentTransaction, PaymentWebhook, Refund } from './payment.entities.js';
import { MIN_REFUND_PAISE, REFUND_KEY_PATTERN, REFUND_KEY_RULE } from './refund-rules.js';
import type { PaymentService } from './payment.service.js';

@ObjectType({ description: 'What the buyer app passes to Razorpay Checkout.' })
export class CheckoutSession {
  @Field() razorpayOrderId!: string;
  @Field({ description: 'Razorpay key id (public).' }) keyId!: string;
  @Field(() => Money) amount!: Money;
  @Field() orderNumber!: string;
}

@InputType()
export class VerifyPaymentInput {
  @Field(() => ID) orderId!: string;
  @Field() @Matches(/^order_[A-Za-z0-9]{6,40}$/) razorpayOrderId!: string;
  @Field() @Matches(/^pay_[A-Za-z0-9]{6,40}$/) razorpayPaymentId!: string;
  @Field() @Matches(/^[a-f0-9]{64}$/, { message: 'razorpaySignature must be the hex HMAC from Checkout' }) razorpaySignature!: string;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID) orderId!: string;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Omit to refund everything still refundable. At least 100 (₹1, Razorpay’s minimum).' })
  @IsOptional()
  @Min(MIN_REFUND_PAISE)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountPaise?: number;
  @Field() @Length(3, 250) reason!: string;
  @Field({
    description:
      'Client-chosen, 10–64 letters, digits, - or _ (Razorpay’s X-Refund-Idempotency rule). The same key with the same request returns the first refund; with another request or order it is refused (CONFLICT, reason IDEMPOTENCY_KEY_REUSED).',
  })
  @Matches(REFUND_KEY_PATTERN, { message: REFUND_KEY_RULE })
  idempotencyKey!: string;
}

@ObjectType({ description: 'What one reconciliation run with Razorpay found and settled.' })
export class PaymentReconciliation {
  @Field(() => Int) refundsChecked!: number;
  @Field(() => Int, { description: 'PENDING refunds that ended PROCESSED or FAILED.' }) refundsSettled!: number;
  @Field(() => Int, { description: 'Unpaid online payments whose Razorpay orders were fetched.' }) paymentsChecked!: number;
  @Field(() => Int, { description: 'Payments captured at Razorpay that RealServ had not heard of.' }) paymentsCaptured!: number;
  @Field(() => Int, { description: 'Captured payments that could not pay their order, refunded.' }) unmatchedPaymentsRefunded!: number;
  @Field(() => Int, { description: 'Items that could not be checked this time (logged; the next run retries).' }) failures!: number;
}

@ObjectType({ description: 'A Razorpay webhook that could not be applied (recorded once, not retried).' })
export class FailedRazorpayWebhook {
  @Field() eventId!: string;
  @Field() eventType!: string;
  @Field() error!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) processedAt!: Date;
}

const paymentsByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, Payment | null>(async (ids) => {
    return oneByKey(ids, await ctx.em.find(Payment, { orderId: { $in: [...ids] } }), (p) => p.orderId);
  });

const refundsByPaymentId = (ctx: RequestContext) =>
  new DataLoader<string, Refund[]>(async (ids) => {
    return manyByKey(ids, await ctx.em.find(Refund, { paymentId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }), (r) => r.paymentId);
  });

const transactionsByPaymentId = (ctx: RequestContext) =>
  new DataLoader<string, PaymentTransaction[]>(async (ids) => {
    return manyByKey(ids, await ctx.em.find(PaymentTransaction, { paymentId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (r) => r.paymentId);
  });

/** Visible to the order's buyer, its vendor and admins, like the order itself. */
function canSee(ctx: RequestContext, payment: Payment): boolean {
  const caller = ctx.caller;
  if (!caller) return false;
  if (caller.roles.includes('ADMIN')) return true;
  if (caller.roles.includes('VENDOR') && caller.vendorId === payment.vendorId) return true;
  return caller.roles.includes('BUYER') && caller.userId === payment.buyerId;
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
  constructor(private readonly paymentService: PaymentService) {}

  @Authorized('BUYER')
  @Mutation(() => CheckoutSession, { description: 'Creates (once) the Razorpay order for an online order; open Razorpay Checkout with it.' })
  async startOnlinePayment(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext): Promise<CheckoutSession> {
    const session = await this.paymentService.startOnlinePayment(ctx, orderId);
    return Object.assign(new CheckoutSession(), { ...session, amount: Money.of(session.amountPaise) });
  }

  @Authorized('BUYER')
  @Mutation(() => Payment, { description: 'Verifies Razorpay Checkout’s response; the order becomes PAID (also done by the webhook, exactly once).' })
  verifyPayment(@Arg('input') input: VerifyPaymentInput, @Ctx() ctx: RequestContext): Promise<Payment> {
    return this.paymentService.verifyPayment(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Refund, {
    description:
      'Full or partial refund, never more than captured; idempotent by key (bound to the request). Razorpay refusing it: CONFLICT with reason REFUND_REFUSED_BY_PROVIDER, the refund FAILED and its amount free again. Razorpay not answering: the refund is returned PENDING and reconciliation settles it.',
  })
  refundPayment(@Arg('input') input: RefundPaymentInput, @Ctx() ctx: RequestContext): Promise<Refund> {
    return this.paymentService.adminRefund(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => PaymentReconciliation, {
    description:
      'Runs the reconciliation with Razorpay now (it also runs every 5 minutes): PENDING refunds are fetched or re-sent with their key, unpaid online payments are looked up and captured or, when they cannot pay their order, refunded. orderIds limits the run to those orders.',
  })
  async reconcilePayments(@Ctx() ctx: RequestContext, @Arg('orderIds', () => [ID], { nullable: true }) orderIds?: string[]): Promise<PaymentReconciliation> {
    return Object.assign(new PaymentReconciliation(), await this.paymentService.adminReconcile(ctx, orderIds));
  }

  @Authorized('ADMIN')
  @Query(() => [FailedRazorpayWebhook], { description: 'Razorpay webhooks that could not be applied, newest first.' })
  async failedRazorpayWebhooks(@Ctx() ctx: RequestContext, @Arg('limit', () => Int, { defaultValue: 50 }) limit: number): Promise<FailedRazorpayWebhook[]> {
    const rows = await ctx.em.find(PaymentWebhook, { error: { $ne: null } }, { orderBy: { receivedAt: 'desc' }, limit: Math.min(Math.max(limit, 1), 200) });
    return rows.map((w) => Object.assign(new FailedRazorpayWebhook(), { eventId: w.eventId, eventType: w.eventType, error: w.error!, receivedAt: w.receivedAt, processedAt: w.processedAt ?? w.receivedAt }));
  }

  @FieldResolver(() => Money)
  amount(@Root() payment: Payment): Money {
    return Money.of(payment.amountPaise);
  }

  @FieldResolver(() => Money)
  refunded(@Root() payment: Payment): Money {
    return Money.of(payment.refundedPaise);
  }

  @FieldResolver(() => [Refund])
  refunds(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return ctx.loaders.get(refundsByPaymentId).load(payment.id);
  }

  @FieldResolver(() => [PaymentTransaction], { description: 'Admins only; empty for others.' })
  async transactions(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<PaymentTransaction[]> {
    return isAdmin(ctx) ? ctx.loaders.get(transactionsByPaymentId).load(payment.id) : [];
  }
}

@Resolver(() => Refund)
export class RefundResolver {
  @FieldResolver(() => Money)
  amount(@Root() refund: Refund): Money {
    return Money.of(refund.amountPaise);
  }
}
