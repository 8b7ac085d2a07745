import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext } from '@realserv/platform';
import { reservationLinesByReservationId } from '../catalog.loaders.js';
import { ReserveStockInput } from './reservation.inputs.js';
import type { ReservationService } from './reservation.service.js';
import { StockReservationLine } from './stock-reservation-line.entity.js';
import { StockReservation } from './stock-reservation.entity.js';

/**
 * Service API for the orders subgraph (SERVICE callers only). `@inaccessible`: the gateway's
 * client schema does not contain these fields, so no buyer, vendor or admin can even name them.
 */
@Resolver(() => StockReservation)
export class StockReservationResolver {
  constructor(private readonly reservations: ReservationService) {}

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Mutation(() => StockReservation, {
    description: 'Holds stock for an order and prices its lines, all or nothing; idempotent by reservationId (the order id).',
  })
  async reserveStock(@Arg('input') input: ReserveStockInput, @Ctx() ctx: RequestContext): Promise<StockReservation> {
    const { reservation, lines } = await this.reservations.reserve(ctx.em, input);
    // The lines were just written or read: `lines` below answers from them, not with another query.
    ctx.loaders.get(reservationLinesByReservationId).prime(reservation.id, lines);
    return reservation;
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Mutation(() => StockReservation, { description: "Gives a reservation's materials back to stock; releasing twice is a no-op." })
  releaseStock(@Arg('reservationId', () => ID) reservationId: string, @Ctx() ctx: RequestContext): Promise<StockReservation> {
    return this.reservations.release(ctx.em, reservationId);
  }

  @FieldResolver(() => [StockReservationLine], { description: 'In the order they were asked for.' })
  lines(@Root() reservation: StockReservation, @Ctx() ctx: RequestContext): Promise<StockReservationLine[]> {
    return ctx.loaders.get(reservationLinesByReservationId).load(reservation.id);
  }
}

@Resolver(() => StockReservationLine)
export class StockReservationLineResolver {
  @FieldResolver(() => Money, { description: 'Price per unit, GST exclusive (the same as unitPricePaise).' })
  unitPrice(@Root() line: StockReservationLine): Money {
    return Money.of(line.unitPricePaise);
  }
}
