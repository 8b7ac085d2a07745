import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { IsCalendarDate, Money, PageInput, Paginated, manyByKey, type RequestContext } from '@realserv/platform';
import DataLoader from 'dataloader';
import { Settlement, SettlementLineRow, SettlementStatus } from './settlement.entities.js';
import type { SettlementFailure as SettlementFailureData } from './settlement.service.js';
import type { SettlementService } from './settlement.service.js';

@ObjectType({ description: 'One page of settlements, latest period first.' })
export class SettlementPage extends Paginated(Settlement) {}

@ObjectType({ description: 'Money columns of a settlement or one of its lines.' })
export class SettlementAmounts {
  @Field(() => Money, { description: 'Sales as invoiced (0 on a refund adjustment).' }) gross!: Money;
  @Field(() => Money, { description: 'Refunds (GST included) this settlement or line accounts for; the platform paid them to the buyer.' }) refunded!: Money;
  @Field(() => Money, { description: 'Value excluding GST (goods, labour and delivery), net of refunds.' }) taxableValue!: Money;
  @Field(() => Money, { description: 'GST on the sales, net of refunds.' }) gst!: Money;
  @Field(() => Money, { description: 'GST the platform itself owes on labour (CGST s. 9(5)); not paid to the vendor.' }) platformLiableLabourGst!: Money;
  @Field(() => Money, { description: 'RealServ’s commission on the taxable value at the vendor’s rate.' }) commission!: Money;
  @Field(() => Money, { description: 'GST the vendor pays on the commission.' }) gstOnCommission!: Money;
  @Field(() => Money, { description: 'GST TCS (CGST s. 52) on online orders only, on the value net of returns; see Settlement.legalBases.' }) tcs!: Money;
  @Field(() => Money, { description: 'Income-tax TDS (1961 Act s. 194-O; 2025 Act s. 393 from 1 Apr 2026) on all sales incl. COD, excluding GST, returns adjusted; see Settlement.legalBases.' }) tds!: Money;
  @Field(() => Money, { description: 'Everything the platform keeps: commission + GST on it + TCS + TDS + platform-liable labour GST.' }) deductions!: Money;
  @Field(() => Money, { description: 'Gross of COD orders: cash the vendor collected and keeps.' }) codCollectedByVendor!: Money;
  @Field(() => Money, { description: 'Online money the platform holds, less every refund it paid (negative when refunds exceed it).' }) onlineCollectedByPlatform!: Money;
}

@ObjectType({ description: 'A vendor’s earnings for a period, computed as a settlement would be; all money in integer paise.' })
export class EarningsSummary {
  @Field(() => Int, { description: 'Orders completed in the period.' }) completedOrders!: number;
  @Field(() => SettlementAmounts, { description: 'The money columns, totalled over the period.' }) amounts!: SettlementAmounts;
  @Field(() => Money, { description: 'What the platform pays the vendor.' }) netPayout!: Money;
  @Field(() => Money, { description: 'What the vendor would owe (COD-heavy periods).' }) carriedForward!: Money;
  @Field(() => Money, { description: 'TDS actually deducted: amounts.tds less TDS on earlier returns, never below 0.' }) tdsDeducted!: Money;
  @Field(() => Money, { description: 'TDS on returns still to adjust against later sales (CBDT Circular 20/2023).' }) tdsReturnCreditCarriedForward!: Money;
  @Field({ description: 'True when the period is settled: the figures are that settlement’s; else what settling it now would produce.' }) settled!: boolean;
}

@ObjectType({ description: 'The law a deduction was made under, on some days of the period.' })
export class SettlementLegalBasis {
  @Field({ description: 'COMMISSION_GST, GST_TCS, INCOME_TAX_TDS or PLATFORM_LABOUR_GST.' }) deduction!: string;
  @Field({ description: 'The law and section, e.g. "CGST Act, 2017 s. 52 …".' }) basis!: string;
  @Field({ description: 'First day (YYYY-MM-DD) of the period this basis applies to.' }) from!: string;
  @Field({ description: 'Last day (YYYY-MM-DD) of the period this basis applies to.' }) to!: string;
}

@ObjectType({ description: 'A vendor that could not be settled in this run; the others were. Run the period again once fixed.' })
export class SettlementFailure {
  @Field(() => ID, { description: 'The vendor that was not settled.' }) vendorId!: string;
  @Field({ description: 'e.g. OVERLAPPING_PERIOD, or SETTLEMENT_FAILED for an unexpected error (logged).' }) code!: string;
  @Field({ description: 'What went wrong, for people.' }) message!: string;
}

@ObjectType({ description: 'What one settlement run produced.' })
export class GenerateSettlementsPayload {
  @Field(() => [Settlement], { description: 'The period’s settlements (new and existing) of the vendors asked for.' }) settlements!: Settlement[];
  @Field(() => [SettlementFailure], { description: 'Vendors that could not be settled; empty when all were.' }) failures!: SettlementFailureData[];
}

@InputType({ description: 'A period of whole India calendar days.' })
export class SettlementPeriodInput {
  @Field({ description: 'First day, YYYY-MM-DD (a real calendar date, 2020 to next year; a period is at most 31 days, an earnings range at most 366).' }) @IsCalendarDate() periodStart!: string;
  @Field({ description: 'Last day, YYYY-MM-DD, not before periodStart.' }) @IsCalendarDate() periodEnd!: string;
}

@InputType({ description: 'A period to settle and, optionally, which vendors.' })
export class GenerateSettlementsInput extends SettlementPeriodInput {
  @Field(() => [ID], { nullable: true, description: 'Settle only these vendors (e.g. one that failed); all vendors when omitted.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  vendorIds?: string[];
}

@ObjectType({ description: 'What one weekly settlement run produced, and for which week.' })
export class WeeklySettlementsPayload extends GenerateSettlementsPayload {
  @Field({ description: 'The Monday settled (YYYY-MM-DD, India time).' }) periodStart!: string;
  @Field({ description: 'The Sunday that ended the week.' }) periodEnd!: string;
}

@InputType({ description: 'Which week the weekly settlement run settles, and optionally for which vendors.' })
export class RunWeeklySettlementsInput {
  @Field(() => String, { nullable: true, description: 'The Monday the week starts (YYYY-MM-DD, India time); the last whole week before today when omitted, as the Monday 02:00 run does.' })
  @IsOptional()
  weekStart?: string;

  @Field(() => [ID], { nullable: true, description: 'Settle only these vendors (e.g. one that failed); every vendor when omitted, as the scheduled run does.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  vendorIds?: string[];
}

@InputType({ description: 'Admins’ settlement list filter; every field optional.' })
export class SettlementsFilter {
  @Field(() => ID, { nullable: true, description: 'One vendor’s settlements.' }) @IsOptional() vendorId?: string;
  @Field(() => SettlementStatus, { nullable: true, description: 'Generated (unpaid) or paid.' }) @IsOptional() status?: SettlementStatus;
  @Field(() => String, { nullable: true, description: 'Settlements whose period ends on or after this day (YYYY-MM-DD).' }) @IsOptional() periodFrom?: string;
  @Field(() => String, { nullable: true, description: 'Settlements whose period starts on or before this day (YYYY-MM-DD).' }) @IsOptional() periodTo?: string;
}

@InputType({ description: 'The bank transfer that paid a settlement.' })
export class MarkSettlementPaidInput {
  @Field(() => ID, { description: 'The settlement paid.' }) settlementId!: string;
  @Field({ description: 'Bank transfer reference (UTR), 4–64 characters.' }) @Length(4, 64) bankReference!: string;
}

export function amountsOf(values: Record<string, number>): SettlementAmounts {
  const m = (key: string) => Money.of(values[`${key}Paise`] ?? 0);
  return Object.assign(new SettlementAmounts(), {
    gross: m('gross'),
    refunded: m('refunded'),
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
    manyByKey(ids, await ctx.em.find(SettlementLineRow, { settlementId: { $in: [...ids] } }, { orderBy: { kind: 'asc', completedOn: 'asc', orderId: 'asc', refundId: 'asc' } }), (l) => l.settlementId),
  );

@Resolver(() => Settlement)
export class SettlementResolver {
  constructor(private readonly settlements: SettlementService) {}

  @Authorized('ADMIN')
  @Mutation(() => GenerateSettlementsPayload, {
    description: 'Admins only: settles a period that has ended in India time: per vendor, every order and refund adjustment not settled before, up to its end. Re-running returns the existing settlements; a vendor that fails is reported in failures and never stops the others. Errors: BAD_USER_INPUT for invalid dates or reason PERIOD_NOT_ENDED.',
  })
  async generateSettlements(@Arg('input', { description: 'The period and optional vendors.' }) input: GenerateSettlementsInput, @Ctx() ctx: RequestContext): Promise<GenerateSettlementsPayload> {
    return Object.assign(new GenerateSettlementsPayload(), await this.settlements.generate(ctx, input.periodStart, input.periodEnd, input.vendorIds));
  }

  @Authorized('ADMIN')
  @Mutation(() => WeeklySettlementsPayload, {
    description:
      'Admins only: runs the weekly settlement (scheduled every Monday 02:00 India time) now, through the same code: settles the Monday–Sunday week for every vendor (or vendorIds), exactly as generateSettlements for that period would. Running it again settles nobody twice. Errors: BAD_USER_INPUT when weekStart is not a Monday or the week has not ended (reason PERIOD_NOT_ENDED).',
  })
  async runWeeklySettlements(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RunWeeklySettlementsInput, { nullable: true, description: 'The week and optional vendors; the last whole week, every vendor, when omitted.' }) input?: RunWeeklySettlementsInput,
  ): Promise<WeeklySettlementsPayload> {
    const { week, ...result } = await this.settlements.runWeekly(ctx, input?.weekStart, input?.vendorIds);
    return Object.assign(new WeeklySettlementsPayload(), result, week);
  }

  @Authorized('ADMIN')
  @Query(() => SettlementPage, { name: 'settlements', description: 'Admins only: every vendor’s settlements, latest period first, filtered by vendor, status and period (those overlapping periodFrom–periodTo). Errors: BAD_USER_INPUT for invalid ids or dates.' })
  listSettlements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SettlementsFilter, { nullable: true, description: 'Vendor, status, period; all settlements when omitted.' }) filter?: SettlementsFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.settlements.list(ctx, filter ?? {}, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Settlement, { description: 'Admins only: records the bank transfer of a settlement’s payout. Repeating it with the same reference is a no-op. Errors: NOT_FOUND; CONFLICT (reason ALREADY_PAID) with another reference.' })
  markSettlementPaid(@Arg('input', { description: 'The settlement and bank reference.' }) input: MarkSettlementPaidInput, @Ctx() ctx: RequestContext): Promise<Settlement> {
    return this.settlements.markPaid(ctx, input.settlementId, input.bankReference);
  }

  @Authorized('VENDOR')
  @Query(() => SettlementPage, { description: 'Vendors only: the signed-in vendor’s settlements, latest period first. Errors: FORBIDDEN before onboarding.' })
  mySettlements(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput) {
    return this.settlements.listMine(ctx, page);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Query(() => Settlement, { description: 'One settlement: its vendor and admins may read it. Errors: NOT_FOUND for anyone else.' })
  settlement(@Arg('id', () => ID, { description: 'The settlement id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Settlement> {
    return this.settlements.find(ctx, id);
  }

  @Authorized('VENDOR')
  @Query(() => EarningsSummary, { description: 'Vendors only: completed orders and payout for a period, settled or not. Errors: FORBIDDEN before onboarding; BAD_USER_INPUT for invalid dates.' })
  async earningsSummary(@Arg('input', { description: 'The period.' }) input: SettlementPeriodInput, @Ctx() ctx: RequestContext): Promise<EarningsSummary> {
    const e = await this.settlements.earnings(ctx, input.periodStart, input.periodEnd);
    const s = e.settlement;
    return Object.assign(new EarningsSummary(), {
      completedOrders: e.completedOrders,
      amounts: amountsOf(s.totals),
      netPayout: Money.of(s.netPayoutPaise),
      carriedForward: Money.of(s.carriedForwardPaise),
      tdsDeducted: Money.of(s.tdsDeductedPaise),
      tdsReturnCreditCarriedForward: Money.of(s.tdsReturnCreditCarriedForwardPaise),
      settled: e.settlementId !== null,
    });
  }

  @FieldResolver(() => SettlementAmounts, { description: 'The money columns, totalled over the lines.' })
  amounts(@Root() settlement: Settlement): SettlementAmounts {
    return amountsOf(settlement.totals);
  }

  @FieldResolver(() => Money, { description: 'What the platform pays the vendor: online money held, less deductions, TDS adjustments and what the vendor owed before; never negative.' }) netPayout(@Root() s: Settlement): Money {
    return Money.of(s.netPayoutPaise);
  }

  @FieldResolver(() => Money, { description: 'What the vendor owed from earlier settlements, deducted here first.' }) openingBalanceOwed(@Root() s: Settlement): Money {
    return Money.of(s.openingBalanceOwedPaise);
  }

  @FieldResolver(() => Money, { description: 'What the vendor owes after this settlement (deductions above the online money, e.g. COD-heavy periods), carried to the next.' }) carriedForward(@Root() s: Settlement): Money {
    return Money.of(s.carriedForwardPaise);
  }

  @FieldResolver(() => Money, { description: 'Income-tax TDS actually deducted: amounts.tds less TDS on earlier returns (tdsReturnCreditBroughtForward), never below 0.' })
  tdsDeducted(@Root() s: Settlement): Money {
    return Money.of(s.tdsDeductedPaise);
  }

  @FieldResolver(() => Money, { description: 'TDS on returns not yet adjusted, brought from the vendor’s previous settlement.' }) tdsReturnCreditBroughtForward(@Root() s: Settlement): Money {
    return Money.of(s.tdsReturnCreditBroughtForwardPaise);
  }

  @FieldResolver(() => Money, { description: 'TDS on returns still to adjust against the vendor’s later sales (CBDT Circular 20/2023).' })
  tdsReturnCreditCarriedForward(@Root() s: Settlement): Money {
    return Money.of(s.tdsReturnCreditCarriedForwardPaise);
  }

  @FieldResolver(() => ID, { description: 'The vendor paid.' }) vendorId(@Root() s: Settlement): string {
    return s.vendorId;
  }

  @FieldResolver(() => [SettlementLegalBasis], { description: 'The legal basis of each deduction under the law in force on the period’s dates.' })
  legalBases(@Root() s: Settlement): SettlementLegalBasis[] {
    return (s.legalBases ?? []).map((b) => Object.assign(new SettlementLegalBasis(), b));
  }

  @FieldResolver(() => [SettlementLineRow], { description: 'Its lines: orders, then refund adjustments, by completion day.' })
  lines(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<SettlementLineRow[]> {
    return ctx.loaders.get(linesBySettlementId).load(s.id);
  }
}

@Resolver(() => SettlementLineRow)
export class SettlementLineResolver {
  @FieldResolver(() => SettlementAmounts, { description: 'The line’s money columns (negative on a refund adjustment).' })
  amounts(@Root() line: SettlementLineRow): SettlementAmounts {
    return amountsOf(line.amounts);
  }
}
