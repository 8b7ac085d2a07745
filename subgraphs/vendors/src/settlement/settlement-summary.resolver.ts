import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { assertId, type RequestContext } from '@realserv/platform';
import { Settlement } from './settlement.entities.js';

/** A settlement's period and payout, for the vendor's notification; SERVICE only, never API. */
@ObjectType({ description: 'The period and payout of a settlement (peer subgraphs only).' })
@Directive('@inaccessible')
export class SettlementSummary {
  @Field(() => ID) id!: string;
  @Field({ description: 'First day, YYYY-MM-DD (India).' }) periodStart!: string;
  @Field({ description: 'Last day, YYYY-MM-DD (India).' }) periodEnd!: string;
  @Field(() => SafeIntResolver, { description: 'What the vendor is paid, in paise.' }) netPayoutPaise!: number;
  @Field(() => SafeIntResolver, { description: 'RealServ’s commission, in paise (analytics: platform revenue).' }) commissionPaise!: number;
  @Field(() => SafeIntResolver, { description: 'GST on the commission, in paise.' }) gstOnCommissionPaise!: number;
  @Field(() => SafeIntResolver, { description: 'GST TCS withheld, in paise.' }) tcsPaise!: number;
  @Field(() => SafeIntResolver, { description: 'Income-tax TDS withheld, in paise.' }) tdsPaise!: number;
}

@Resolver(() => SettlementSummary)
export class SettlementSummaryResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => SettlementSummary, { nullable: true, description: 'One settlement’s period and payout, or null for an unknown id.' })
  async settlementSummary(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SettlementSummary | null> {
    const s = await ctx.em.findOne(Settlement, { id: assertId(id) });
    const amount = (key: string) => s?.totals[`${key}Paise`] ?? 0;
    return (
      s && {
        id: s.id,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        netPayoutPaise: s.netPayoutPaise,
        commissionPaise: amount('commission'),
        gstOnCommissionPaise: amount('gstOnCommission'),
        tcsPaise: amount('tcs'),
        tdsPaise: amount('tds'),
      }
    );
  }
}
