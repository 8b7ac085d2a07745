import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { MAX_LINE_QUANTITY, Money } from '@realserv/platform';
import { LocationSourceEnum } from '../order/order-enums.js';
import { Material, Vendor } from '../references/references.js';

@InputType({ description: 'One material of the buyer’s list and how much of it.' })
export class DeliveryOptionItemInput {
  @Field(() => ID, { description: 'The catalog material; each at most once per list.' })
  materialId!: string;

  @Field(() => Int, { description: 'Units of sale, 1 to 100,000; a vendor qualifies when it has this many in stock and its minimum order is no more.' })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@ObjectType({ description: 'One line of a delivery option: the vendor’s price for a material today.' })
export class DeliveryOptionLine {
  @Field(() => Material, { description: 'The material.' }) material!: Material;
  @Field({ description: 'Material name.' }) name!: string;
  @Field({ description: 'Unit of sale.' }) unit!: string;
  @Field(() => Int, { description: 'Units of sale, as asked.' }) quantity!: number;
  @Field(() => Money, { description: 'The vendor’s price per unit, GST exclusive.' }) unitPrice!: Money;
  @Field(() => Int, { description: 'GST rate in force today, basis points (1800 = 18 %).' }) gstRateBasisPoints!: number;
  @Field(() => Money, { description: 'unitPrice × quantity, GST exclusive.' }) lineSubtotal!: Money;
  @Field(() => Money, { description: 'GST on the line.' }) lineTax!: Money;
  @Field(() => Int, { description: 'Days this vendor needs before delivering this material.' }) leadTimeDays!: number;
}

@ObjectType({ description: 'A vendor that delivers to the site and stocks the whole list, priced landed: what placeOrder with this vendor, address and list would charge now.' })
export class DeliveryOption {
  @Field(() => Vendor, { description: 'The vendor (ACTIVE, serving the address).' }) vendor!: Vendor;
  @Field(() => [DeliveryOptionLine], { description: 'The list, priced from the vendor’s inventory, in the order asked.' }) lines!: DeliveryOptionLine[];
  @Field(() => Money, { description: 'Sum of line subtotals, before tax and delivery.' }) subtotal!: Money;
  @Field(() => Money, { description: 'Delivery charge for the road distance, GST exclusive (0 when free).' }) deliveryCharge!: Money;
  @Field(() => Money, { description: 'GST on the lines and on delivery.' }) tax!: Money;
  @Field(() => Money, { description: 'Landed total: subtotal + delivery charge + tax.' }) total!: Money;
  @Field(() => Int, { description: 'Days before the vendor can deliver all of it: the longest lead time of its inventory rows for the list.' }) leadTimeDays!: number;
  @Field(() => Int, { description: 'Road distance from the vendor’s business address to the site, metres.' }) distanceMeters!: number;
  @Field(() => LocationSourceEnum, { description: 'PROVIDER (the maps provider, live or cached) or FALLBACK (the offline estimate while it was down).' }) distanceSource!: LocationSourceEnum;
}
