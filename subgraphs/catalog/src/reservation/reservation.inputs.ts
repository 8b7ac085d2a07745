import { Directive, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ReservationItemKind } from './reservation-enums.js';

@InputType({ description: 'A material (quantity in units of sale) or a trade (quantity in worker-days).' })
@Directive('@inaccessible')
export class ReserveStockItemInput {
  @Field(() => ReservationItemKind)
  kind!: ReservationItemKind;

  @Field(() => ID, { description: 'Material id or labour category id.' })
  refId!: string;

  @Field(() => Int)
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
}

@InputType()
@Directive('@inaccessible')
export class ReserveStockInput {
  @Field(() => ID, { description: 'The order id: one reservation per order, and what makes a retry safe.' })
  reservationId!: string;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD whose GST rates apply; today in India when omitted.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'pricingDate must be YYYY-MM-DD' })
  pricingDate?: string;

  @Field(() => [ReserveStockItemInput], { description: '1 to 100 items, each material or trade once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: ReserveStockItemInput[];
}
