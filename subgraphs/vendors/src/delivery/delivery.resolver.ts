import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError, assertId } from '@realserv/platform';
import { Length, Matches } from 'class-validator';
import { manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Delivery, DeliveryHistory, Order } from './delivery.entities.js';
import type { DeliveryService } from './delivery.service.js';

@InputType({ description: 'An admin’s completion of a delivery without the buyer’s OTP.' })
export class ForceCompleteDeliveryInput {
  @Field(() => ID, { description: 'The order whose delivery is OUT_FOR_DELIVERY.' }) orderId!: string;
  @Field({ description: 'Why the delivery is completed without the OTP, 3–500 characters (kept in the history).' }) @Length(3, 500) reason!: string;
}

const deliveriesByOrderId = (ctx: RequestContext) =>
  new DataLoader<string, Delivery | null>(async (ids) => oneByKey(ids, await ctx.em.find(Delivery, { orderId: { $in: [...ids] } }), (d) => d.orderId));

const historyByDeliveryId = (ctx: RequestContext) =>
  new DataLoader<string, DeliveryHistory[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(DeliveryHistory, { deliveryId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (h) => h.deliveryId),
  );

@Resolver(() => Order)
export class OrderDeliveryResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @FieldResolver(() => Delivery, { nullable: true, description: 'The delivery (vendors subgraph); null until the vendor confirms.' })
  async delivery(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Delivery | null> {
    const delivery = await ctx.loaders.get(deliveriesByOrderId).load(order.id);
    return delivery && this.deliveries.canSee(ctx, delivery) ? delivery : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The live delivery code: only the order's buyer sees it, until it is used or expires." })
  async deliveryOtp(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<string | null> {
    const delivery = await ctx.loaders.get(deliveriesByOrderId).load(order.id);
    return delivery ? this.deliveries.otpForBuyer(ctx, delivery) : null;
  }
}

@Resolver(() => Delivery)
export class DeliveryResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @Authorized()
  @Query(() => Delivery, { description: 'An order’s delivery: its buyer, its vendor and admins may read it. Errors: NOT_FOUND for others, or before the vendor confirms.' })
  async delivery(@Arg('orderId', () => ID, { description: 'The order.' }) orderId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    const delivery = await ctx.loaders.get(deliveriesByOrderId).load(assertId(orderId, 'orderId'));
    if (!delivery || !this.deliveries.canSee(ctx, delivery)) throw new NotFoundError('Delivery for order', orderId);
    return delivery;
  }

  @Authorized()
  @Subscription(() => Delivery, {
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws.');
    },
    description: 'Every change to an order’s delivery (created, dispatched, delivered, failed): those who may read the delivery (the order’s buyer, its vendor, admins) may subscribe.',
  })
  deliveryStatusChanged(@Root() delivery: Delivery, @Arg('orderId', () => ID, { description: 'The order whose delivery to follow; its buyer, its vendor and admins may subscribe.' }) _orderId: string): Delivery {
    return delivery;
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'The order’s vendor (or an admin): sends the buyer a fresh 6-digit code (valid 10 minutes), replacing any earlier one. Errors: NOT_FOUND; CONFLICT (reason NOT_OUT_FOR_DELIVERY) before dispatch; RATE_LIMITED with retryAfterSeconds when asked again too soon.' })
  generateDeliveryOtp(@Arg('orderId', () => ID, { description: 'The dispatched order.' }) orderId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.generateOtp(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'The order’s vendor (or an admin) enters the code the buyer tells the driver; success delivers the order (online orders then COMPLETED). Repeating it once delivered is a no-op. Errors: NOT_FOUND; BAD_USER_INPUT with reason OTP_WRONG (with attemptsLeft) or OTP_EXPIRED; CONFLICT with reason OTP_LOCKED after 5 wrong codes, or NO_OTP.' })
  verifyDeliveryOtp(
    @Arg('orderId', () => ID, { description: 'The dispatched order.' }) orderId: string,
    @Arg('code', { description: 'The 6-digit code the buyer gives.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Delivery> {
    return this.deliveries.verifyOtp(ctx, orderId, code);
  }

  @Authorized('ADMIN')
  @Mutation(() => Delivery, {
    description: 'Admins only: complete a delivery on its way without the OTP, with a reason; the order becomes DELIVERED (online orders then COMPLETED) as with the OTP. Errors: NOT_FOUND; BAD_USER_INPUT without a reason; CONFLICT (reason NOT_OUT_FOR_DELIVERY) unless it is on its way.',
  })
  forceCompleteDelivery(@Arg('input', { description: 'The order and the reason.' }) input: ForceCompleteDeliveryInput, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.forceComplete(ctx, input.orderId, input.reason);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'The order’s vendor (or an admin) attaches a proof-of-delivery photo to a dispatched or delivered delivery. Errors: NOT_FOUND; BAD_USER_INPUT when the media id is not the caller’s confirmed DELIVERY_PROOF upload; CONFLICT (reason NOT_DISPATCHED) before dispatch.' })
  uploadDeliveryProof(@Arg('orderId', () => ID, { description: 'The order.' }) orderId: string, @Arg('mediaId', { description: 'Media id from requestUpload/confirmUpload (purpose DELIVERY_PROOF).' }) mediaId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.addProof(ctx, orderId, mediaId);
  }

  @FieldResolver(() => [DeliveryHistory], { description: 'Every step of the delivery, oldest first.' })
  history(@Root() delivery: Delivery, @Ctx() ctx: RequestContext): Promise<DeliveryHistory[]> {
    return ctx.loaders.get(historyByDeliveryId).load(delivery.id);
  }

  @FieldResolver(() => ID, { description: 'The order delivered.' })
  orderId(@Root() delivery: Delivery): string {
    return delivery.orderId;
  }
}

export { Matches };

/** For the notifications subgraph only (SERVICE): the live delivery code it sends the buyer. */
@Resolver()
export class DeliveryOtpToSendResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => String, { nullable: true, description: 'The live code of a delivery, or null once used, expired or locked (never logged).' })
  deliveryOtpToSend(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: RequestContext): Promise<string | null> {
    return this.deliveries.otpToSend(ctx.em, deliveryId);
  }
}
