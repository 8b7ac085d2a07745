import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, GST_START_DATE, IsCalendarDate, ValidationError, calendarDateProblem, recordEvent, type RequestContext } from '@realserv/platform';
import { CatalogChanged } from '@realserv/contracts';
import { Field, InputType, Int } from 'type-graphql';
import { Length, Matches, Max, Min } from 'class-validator';
import { GstRate } from './gst-rate.entity.js';

const HSN_OR_SAC = /^\d{4}(\d{2}){0,2}$/;

@InputType({ description: 'A new GST rate for an HSN or SAC code from a date on.' })
export class AddGstRateInput {
  @Field({ description: 'HSN (goods) or SAC (services) code: 4, 6 or 8 digits.' })
  @Matches(/^\d{4}(\d{2}){0,2}$/, { message: 'hsnCode must be a 4, 6 or 8 digit HSN or SAC code' })
  hsnCode!: string;

  @Field({ description: 'What the code covers, 2–200 characters.' })
  @Length(2, 200)
  description!: string;

  @Field(() => Int, { description: 'Rate in basis points, 0–4000: 18 % = 1800.' })
  @Min(0)
  @Max(4000)
  rateBasisPoints!: number;

  @Field({ description: 'First day (YYYY-MM-DD, India time) the rate applies; a real calendar date.' })
  @IsCalendarDate({ earliest: GST_START_DATE })
  effectiveFrom!: string;
}

export class GstService {
  list(ctx: RequestContext, hsnCode: string | undefined): Promise<GstRate[]> {
    // An empty or malformed code is bad input, not "every code".
    if (hsnCode != null && !HSN_OR_SAC.test(hsnCode)) throw new ValidationError('hsnCode must be a 4, 6 or 8 digit HSN or SAC code.', { field: 'hsnCode' });
    return ctx.em.find(GstRate, hsnCode != null ? { hsnCode } : {}, { orderBy: { hsnCode: 'asc', effectiveFrom: 'asc' } });
  }

  /** A new rate from a date (rates are never edited: orders were taxed by the old ones). */
  async add(ctx: RequestContext, input: AddGstRateInput): Promise<GstRate> {
    const dateProblem = calendarDateProblem(input.effectiveFrom, GST_START_DATE);
    if (dateProblem) throw new ValidationError(`effectiveFrom ${dateProblem}.`, { field: 'effectiveFrom' });
    if (await ctx.em.count(GstRate, { hsnCode: input.hsnCode, effectiveFrom: input.effectiveFrom })) {
      throw new ConflictError('A rate for this code already starts on that date.');
    }
    const rate = ctx.em.create(GstRate, { ...input });
    recordEvent(ctx.em, CatalogChanged, { entity: 'GstRate', entityId: rate.id });
    await ctx.em.flush();
    return rate;
  }
}

/** Materials and trades may only use codes the rate table knows. */
export async function assertKnownTaxCode(em: EntityManager, code: string, field: string): Promise<void> {
  if (!(await em.count(GstRate, { hsnCode: code }))) {
    throw new ValidationError(`${field} ${code} is not in the GST rate table.`, { field });
  }
}
