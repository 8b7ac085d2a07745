import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError, PageInput, Paginated, ValidationError, assertId } from '@realserv/platform';
import { IsOptional, Length, Matches } from 'class-validator';
import { manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Delivery, DeliveryAttempt, DeliveryHistory, DeliveryStatus, FailedAttemptReason, Order } from './delivery.entities.js';
import type { DeliveryService } from './delivery.service.js';

@InputType({ description: 'An admin’s completion of a delivery without the buyer’s OTP.' })
export class ForceCompleteDeliveryInput {
  @Field(() => ID, { description: 'The order whose delivery is OUT_FOR_DELIVERY.' }) orderId!: string;
  @Field({ description: 'Why the delivery is completed without the OTP, 3–500 characters (kept in the history).' }) @Length(3, 500) reason!: string;
}

@InputType({ description: 'A failed delivery attempt and the new time.' })
export class FailedDeliveryAttemptInput {
  @Field(() => FailedAttemptReason, { description: 'Why the attempt failed.' }) reason!: FailedAttemptReason;
  @Field(() => String, { nullable: true, description: 'Details, up to 500 characters; required (3+) for OTHER.' }) @IsOptional() @Length(0, 500) note?: string | null;
  @Field(() => Date, { description: 'When the vendor will try again: in the future, at most two weeks ahead.' }) rescheduledFor!: Date;
}

@InputType({ description: 'Which deliveries an admin lists; all fields optional.' })
export class DeliveryFilterInput {
  @Field(() => DeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' }) status?: DeliveryStatus;
  @Field(() => ID, { nullable: true, description: 'Only this vendor’s deliveries.' }) vendorId?: string;
  @Field(() => Date, { nullable: true, description: 'Created at or after this time.' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before this time.' }) to?: Date;
}

@ObjectType({ description: 'One page of deliveries, newest first.' })
export class DeliveryPage extends Paginated(Delivery) {}

const attemptsByDeliveryId = (ctx: RequestContext) =>
  new DataLoader<string, DeliveryAttempt[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(DeliveryAttempt, { deliveryId: { $in: [...ids] } }, { orderBy: { attemptNumber: 'asc' } }), (a) => a.deliveryId),
  );

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
  @Query(() => Delivery, { description: 'A delivery by its id or its order’s id (give exactly one): its buyer, its vendor and admins may read it. Errors: NOT_FOUND for others, or before the vendor confirms; BAD_USER_INPUT unless exactly one of id and orderId is given.' })
  async delivery(
    @Ctx() ctx: RequestContext,
    @Arg('orderId', () => ID, { nullable: true, description: 'The order.' }) orderId?: string,
    @Arg('id', () => ID, { nullable: true, description: 'The delivery id.' }) id?: string,
  ): Promise<Delivery> {
    if ((orderId == null) === (id == null)) throw new ValidationError('Give exactly one of id and orderId.', { field: 'id' });
    if (id != null) return this.deliveries.byId(ctx, id);
    orderId = orderId!;
    const delivery = await ctx.loaders.get(deliveriesByOrderId).load(assertId(orderId, 'orderId'));
    if (!delivery || !this.deliveries.canSee(ctx, delivery)) throw new NotFoundError('Delivery for order', orderId);
    return delivery;
  }

  @Authorized('VENDOR')
  @Query(() => DeliveryPage, { description: 'Vendors only: the signed-in vendor’s deliveries, newest first, optionally in one status. Errors: FORBIDDEN before onboarding.' })
  myDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' }) status?: DeliveryStatus,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.deliveries.mine(ctx, status, page);
  }

  @Authorized('ADMIN')
  @Query(() => DeliveryPage, { name: 'deliveries', description: 'Admins only: all deliveries, newest first, by status, vendor and creation time. Errors: BAD_USER_INPUT when from is after to.' })
  allDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DeliveryFilterInput, { nullable: true, description: 'Which deliveries.' }) filter?: DeliveryFilterInput,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.deliveries.list(ctx, filter, page);
  }

  @Authorized('VENDOR')
  @Mutation(() => Delivery, {
    description:
      'The delivery’s vendor only: records a failed attempt on a delivery OUT_FOR_DELIVERY and reschedules it (RESCHEDULED until redispatchDelivery; the order stays OUT_FOR_DELIVERY; any live code is void). From the second failed attempt admins are notified. Errors: NOT_FOUND (not your delivery); BAD_USER_INPUT (reason NOTE_REQUIRED for OTHER without a note, NOT_IN_FUTURE, TOO_FAR_AHEAD); CONFLICT (reason NOT_OUT_FOR_DELIVERY).',
  })
  recordFailedDeliveryAttempt(
    @Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string,
    @Arg('input', () => FailedDeliveryAttemptInput, { description: 'Why, and the new time.' }) input: FailedDeliveryAttemptInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Delivery> {
    return this.deliveries.recordFailedAttempt(ctx, deliveryId, input);
  }

  @Authorized('VENDOR')
  @Mutation(() => Delivery, { description: 'The delivery’s vendor only: sends a RESCHEDULED delivery out again (OUT_FOR_DELIVERY; generate a new code). Repeating it is a no-op. Errors: NOT_FOUND; CONFLICT (reason NOT_RESCHEDULED).' })
  redispatchDelivery(@Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.redispatch(ctx, deliveryId);
  }

  @FieldResolver(() => [DeliveryAttempt], { description: 'Every failed attempt, oldest first.' })
  attempts(@Root() delivery: Delivery, @Ctx() ctx: RequestContext): Promise<DeliveryAttempt[]> {
    return ctx.loaders.get(attemptsByDeliveryId).load(delivery.id);
  }

  @Authorized()
  @Subscription(() => Delivery, {
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws.');
    },
    description: 'Every change to an order’s delivery (created, dispatched, a failed attempt rescheduling it, delivered, failed): those who may read the delivery (the order’s buyer, its vendor, admins) may subscribe.',
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
