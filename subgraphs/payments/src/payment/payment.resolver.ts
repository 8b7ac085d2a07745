import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { IsOptional, Length, Matches, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Money, isAdmin, manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Order } from '../references/order.js';
import { Payment, PaymentTransaction, Refund } from './payment.entities.js';
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
  @Field(() => SafeIntResolver, { nullable: true, description: 'Omit to refund everything still refundable.' })
  @IsOptional()
  @Min(1)
  amountPaise?: number;
  @Field() @Length(3, 250) reason!: string;
  @Field({ description: 'Client-chosen; a retry with the same key refunds once.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  idempotencyKey!: string;
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
  @Mutation(() => Refund, { description: 'Full or partial refund, never more than captured; idempotent by key.' })
  refundPayment(@Arg('input') input: RefundPaymentInput, @Ctx() ctx: RequestContext): Promise<Refund> {
    return this.paymentService.adminRefund(ctx, input);
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
