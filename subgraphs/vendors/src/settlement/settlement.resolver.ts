import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { Money, PageInput, Paginated, manyByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Settlement, SettlementLineRow } from './settlement.entities.js';
import type { SettlementService } from './settlement.service.js';

@ObjectType()
export class SettlementPage extends Paginated(Settlement) {}

@ObjectType({ description: 'Money columns of a settlement or one of its lines.' })
export class SettlementAmounts {
  @Field(() => Money) gross!: Money;
  @Field(() => Money) taxableValue!: Money;
  @Field(() => Money) gst!: Money;
  @Field(() => Money, { description: 'GST the platform itself owes on labour (CGST s. 9(5)); not paid to the vendor.' }) platformLiableLabourGst!: Money;
  @Field(() => Money) commission!: Money;
  @Field(() => Money) gstOnCommission!: Money;
  @Field(() => Money, { description: 'TCS under CGST s. 52.' }) tcs!: Money;
  @Field(() => Money, { description: 'TDS under Income-tax s. 194-O.' }) tds!: Money;
  @Field(() => Money) deductions!: Money;
  @Field(() => Money) codCollectedByVendor!: Money;
  @Field(() => Money) onlineCollectedByPlatform!: Money;
}

@ObjectType()
export class EarningsSummary {
  @Field(() => Int) completedOrders!: number;
  @Field(() => SettlementAmounts) amounts!: SettlementAmounts;
  @Field(() => Money) netPayout!: Money;
  @Field(() => Money, { description: 'What the vendor would owe (COD-heavy periods).' }) carriedForward!: Money;
}

@InputType()
export class SettlementPeriodInput {
  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/) periodStart!: string;
  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/) periodEnd!: string;
}

@InputType()
export class MarkSettlementPaidInput {
  @Field(() => ID) settlementId!: string;
  @Field({ description: 'Bank transfer reference (UTR).' }) @Length(4, 64) bankReference!: string;
}

export function amountsOf(values: Record<string, number>): SettlementAmounts {
  const m = (key: string) => Money.of(values[`${key}Paise`] ?? 0);
  return Object.assign(new SettlementAmounts(), {
    gross: m('gross'),
    taxableValue: m('taxableValue'),
    gst: m('gst'),
    platformLiableLabourGst: m('platformLiableLabourGst'),
    commission: m('commission'),
    gstOnCommission: m('gstOnCommission'),
    tcs: m('tcs'),
    tds: m('tds'),
    deductions: m('deductions'),
    codCollectedByVendor: m('codCollectedByVendor'),
    onlineCollectedByPlatform: m('onlineCollectedByPlatform'),
  });
}

const linesBySettlementId = (ctx: RequestContext) =>
  new DataLoader<string, SettlementLineRow[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(SettlementLineRow, { settlementId: { $in: [...ids] } }, { orderBy: { completedOn: 'asc', orderId: 'asc' } }), (l) => l.settlementId),
  );

@Resolver(() => Settlement)
export class SettlementResolver {
  constructor(private readonly settlements: SettlementService) {}

  @Authorized('ADMIN')
  @Mutation(() => [Settlement], { description: 'Settles every vendor’s completed orders in the period, each order exactly once; re-running creates nothing new.' })
  generateSettlements(@Arg('input') input: SettlementPeriodInput, @Ctx() ctx: RequestContext): Promise<Settlement[]> {
    return this.settlements.generate(ctx, input.periodStart, input.periodEnd);
  }

  @Authorized('ADMIN')
  @Mutation(() => Settlement)
  markSettlementPaid(@Arg('input') input: MarkSettlementPaidInput, @Ctx() ctx: RequestContext): Promise<Settlement> {
    return this.settlements.markPaid(ctx, input.settlementId, input.bankReference);
  }

  @Authorized('VENDOR')
  @Query(() => SettlementPage)
  mySettlements(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return this.settlements.listMine(ctx, page);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Query(() => Settlement)
  settlement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Settlement> {
    return this.settlements.find(ctx, id);
  }

  @Authorized('VENDOR')
  @Query(() => EarningsSummary, { description: 'Completed orders and payout for a period, settled or not.' })
  async earningsSummary(@Arg('input') input: SettlementPeriodInput, @Ctx() ctx: RequestContext): Promise<EarningsSummary> {
    const e = await this.settlements.earnings(ctx, input.periodStart, input.periodEnd);
    return Object.assign(new EarningsSummary(), {
      completedOrders: e.completedOrders,
      amounts: amountsOf(e.totals),
      netPayout: Money.of(e.netPayoutPaise),
      carriedForward: Money.of(e.carriedForwardPaise),
    });
  }

  @FieldResolver(() => SettlementAmounts)
  amounts(@Root() settlement: Settlement): SettlementAmounts {
    return amountsOf(settlement.totals);
  }

  @FieldResolver(() => Money) netPayout(@Root() s: Settlement): Money {
    return Money.of(s.netPayoutPaise);
  }

  @FieldResolver(() => Money) openingBalanceOwed(@Root() s: Settlement): Money {
    return Money.of(s.openingBalanceOwedPaise);
  }

  @FieldResolver(() => Money) carriedForward(@Root() s: Settlement): Money {
    return Money.of(s.carriedForwardPaise);
  }

  @FieldResolver(() => ID) vendorId(@Root() s: Settlement): string {
    return s.vendorId;
  }

  @FieldResolver(() => [SettlementLineRow])
  lines(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<SettlementLineRow[]> {
    return ctx.loaders.get(linesBySettlementId).load(s.id);
  }
}

@Resolver(() => SettlementLineRow)
export class SettlementLineResolver {
  @FieldResolver(() => SettlementAmounts)
  amounts(@Root() line: SettlementLineRow): SettlementAmounts {
    return amountsOf(line.amounts);
  }
}
