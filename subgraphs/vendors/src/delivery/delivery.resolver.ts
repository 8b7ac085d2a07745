import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError, assertId } from '@realserv/platform';
import { Length, Matches } from 'class-validator';
import { manyByKey, oneByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Delivery, DeliveryHistory, Order } from './delivery.entities.js';
import type { DeliveryService } from './delivery.service.js';

@InputType()
export class ForceCompleteDeliveryInput {
  @Field(() => ID) orderId!: string;
  @Field({ description: 'Why the delivery is completed without the OTP (kept in the history).' }) @Length(3, 500) reason!: string;
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
  @Query(() => Delivery, { description: "An order's delivery: its buyer, its vendor and admins may read it." })
  async delivery(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    const delivery = await ctx.loaders.get(deliveriesByOrderId).load(assertId(orderId, 'orderId'));
    if (!delivery || !this.deliveries.canSee(ctx, delivery)) throw new NotFoundError('Delivery for order', orderId);
    return delivery;
  }

  @Authorized()
  @Subscription(() => Delivery, {
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws.');
    },
    description: "Every change to an order's delivery (created, dispatched, delivered, failed).",
  })
  deliveryStatusChanged(@Root() delivery: Delivery, @Arg('orderId', () => ID) _orderId: string): Delivery {
    return delivery;
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'Sends the buyer a fresh 6-digit code (valid 10 minutes; rate-limited).' })
  generateDeliveryOtp(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.generateOtp(ctx, orderId);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'The code the buyer tells the driver; 5 wrong codes lock it. Success delivers the order.' })
  verifyDeliveryOtp(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('code') code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Delivery> {
    return this.deliveries.verifyOtp(ctx, orderId, code);
  }

  @Authorized('ADMIN')
  @Mutation(() => Delivery, {
    description: 'Admins complete a delivery on its way without the OTP, with a reason; the order becomes DELIVERED (online orders then COMPLETED) as with the OTP.',
  })
  forceCompleteDelivery(@Arg('input') input: ForceCompleteDeliveryInput, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.forceComplete(ctx, input.orderId, input.reason);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Mutation(() => Delivery, { description: 'Attaches a proof-of-delivery photo (media id).' })
  uploadDeliveryProof(@Arg('orderId', () => ID) orderId: string, @Arg('mediaId') mediaId: string, @Ctx() ctx: RequestContext): Promise<Delivery> {
    return this.deliveries.addProof(ctx, orderId, mediaId);
  }

  @FieldResolver(() => [DeliveryHistory])
  history(@Root() delivery: Delivery, @Ctx() ctx: RequestContext): Promise<DeliveryHistory[]> {
    return ctx.loaders.get(historyByDeliveryId).load(delivery.id);
  }

  @FieldResolver(() => ID)
  orderId(@Root() delivery: Delivery): string {
    return delivery.orderId;
  }
}

export { Matches };
