import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { ReservationItemKind } from './reservation-enums.js';
import { StockReservation } from './stock-reservation.entity.js';

/**
 * One held item with the price, GST rate and names as they were when it was reserved: the
 * order snapshots these, so later catalog edits never change what the buyer agreed to pay.
 */
@Entity({ tableName: 'stock_reservation_lines' })
@Unique({ name: 'stock_reservation_lines_ref_unique', properties: ['reservationId', 'refId'] })
@Check({ name: 'stock_reservation_lines_quantity_positive', expression: 'quantity >= 1' })
@Check({ name: 'stock_reservation_lines_price_positive', expression: 'unit_price_paise > 0' })
@Check({ name: 'stock_reservation_lines_gst_range', expression: 'gst_rate_basis_points >= 0 and gst_rate_basis_points <= 4000' })
@ObjectType({ description: 'A held material (units of sale) or trade (worker-days), priced when reserved.' })
@Directive('@inaccessible')
export class StockReservationLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => StockReservation, { mapToPk: true, fieldName: 'reservation_id', deleteRule: 'cascade' })
  reservationId!: string;

  /** The line's place in the request, so lines read back in the order they were asked for. */
  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => ReservationItemKind, nativeEnumName: 'stock_reservation_item_kind' })
  @Field(() => ReservationItemKind)
  kind!: ReservationItemKind;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The material or labour category id.' })
  refId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units of sale (materials) or worker-days (labour).' })
  quantity!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  @Field(() => SafeIntResolver, { description: "Price per unit in paise, GST exclusive: the vendor's price or the catalog's." })
  unitPricePaise!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'GST rate in force on the pricing date, in basis points (18 % = 1800).' })
  gstRateBasisPoints!: number;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The material\'s sale unit (e.g. BAG), or WORKER_DAY for labour.' })
  unit!: string;

  @Property({ type: 'text' })
  @Field()
  unitDescription!: string;

  @Property({ type: 'text' })
  @Field({ description: 'HSN code of the material or SAC code of the trade.' })
  hsnOrSac!: string;
}
