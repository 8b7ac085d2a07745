import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CALLER_ONLY, Money, PageInput, Paginated, assertId, requireVendorId, type RequestContext } from '@realserv/platform';
import { OFFER_HINT } from '../cache-hints.js';
import {
  categoriesById,
  fullLaborOffersByVendorId,
  laborCategoriesById,
  laborOffersByCategoryId,
  publicLaborOffersByVendorId,
} from '../catalog.loaders.js';
import { Category } from '../category/category.entity.js';
import { CatalogSort } from '../material/material.inputs.js';
import { effectiveDailyRatePaise } from '../inventory/pricing.js';
import { Vendor, vendorRef } from '../vendor/vendor.type.js';
import { LaborCategory } from './labor-category.entity.js';
import { CreateLaborCategoryInput, LaborCategoryFilter, UpdateLaborCategoryInput, UpdateLaborOffersInput } from './labor.inputs.js';
import type { LaborService } from './labor.service.js';
import { VendorLaborAvailability } from './vendor-labor-availability.entity.js';

// Which trades match (available workers, a vendor's, a rate range) moves with offers and rates.
@ObjectType({ description: 'One page of trades.' })
@Directive(OFFER_HINT)
export class LaborCategoryPage extends Paginated(LaborCategory) {}

@Resolver(() => LaborCategory)
export class LaborCategoryResolver {
  constructor(private readonly laborService: LaborService) {}

  @Query(() => LaborCategoryPage, { description: 'Anyone: browse and search trades (mason, plumber, …). Errors: FORBIDDEN for includeArchived by non-admins; BAD_USER_INPUT when the minimum rate exceeds the maximum.' })
  laborCategories(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LaborCategoryFilter, { nullable: true, description: 'Category, words, rate range, vendor, availability.' }) filter?: LaborCategoryFilter,
    @Arg('sort', () => CatalogSort, { nullable: true, description: 'Order of the results (default RELEVANCE).' }) sort?: CatalogSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.laborService.search(ctx, filter, sort, page);
  }

  @Query(() => LaborCategory, { nullable: true, description: 'Anyone: one trade by id or by slug; null when there is none. Errors: BAD_USER_INPUT unless exactly one of id and slug is given.' })
  laborCategory(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'The trade id (give this or slug).' }) id?: string,
    @Arg('slug', { nullable: true, description: 'The trade slug (give this or id).' }) slug?: string,
  ): Promise<LaborCategory | null> {
    return this.laborService.find(ctx, id, slug);
  }

  @FieldResolver(() => Category, { description: 'The LABOUR category it belongs to.' })
  async category(@Root() trade: LaborCategory, @Ctx() ctx: RequestContext): Promise<Category> {
    return (await ctx.loaders.get(categoriesById).load(trade.categoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Reference hourly rate per worker.' })
  @Directive(OFFER_HINT)
  hourlyRate(@Root() trade: LaborCategory): Money {
    return Money.of(trade.hourlyRatePaise);
  }

  @FieldResolver(() => Money, { description: 'Reference daily rate per worker (8 hours).' })
  @Directive(OFFER_HINT)
  dailyRate(@Root() trade: LaborCategory): Money {
    return Money.of(trade.dailyRatePaise);
  }

  @FieldResolver(() => [VendorLaborAvailability], { description: 'Vendors with workers available now, cheapest first.' })
  async offers(@Root() trade: LaborCategory, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    const offers = await ctx.loaders.get(laborOffersByCategoryId).load(trade.id);
    return [...offers].sort((a, b) => effectiveDailyRatePaise(a, trade) - effectiveDailyRatePaise(b, trade) || a.id.localeCompare(b.id));
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory, { description: 'Admins only: adds a trade. Errors: CONFLICT when the slug is taken; BAD_USER_INPUT for an hourly rate above the daily rate, an unknown/archived/MATERIAL category or a SAC code missing from the GST rate table.' })
  createLaborCategory(@Arg('input', { description: 'The new trade.' }) input: CreateLaborCategoryInput, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return this.laborService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory, { description: 'Admins only: edits or restores a trade; orders already placed keep their rates. Errors: NOT_FOUND; CONFLICT when the slug is taken; BAD_USER_INPUT as for createLaborCategory.' })
  updateLaborCategory(
    @Arg('id', () => ID, { description: 'The trade to change.' }) id: string,
    @Arg('input', { description: 'The fields to change.' }) input: UpdateLaborCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LaborCategory> {
    return this.laborService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory, { description: 'Admins only: removes a trade from browse; past orders keep it. Errors: NOT_FOUND.' })
  archiveLaborCategory(@Arg('id', () => ID, { description: 'The trade to archive.' }) id: string, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return this.laborService.archive(ctx, id);
  }

  @Query(() => [VendorLaborAvailability], { description: 'Anyone: a vendor’s available labour offers (what buyers may hire).' })
  vendorLaborOffers(@Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return ctx.loaders.get(publicLaborOffersByVendorId).load(assertId(vendorId, 'vendorId'));
  }

  @Authorized('VENDOR')
  @Directive(CALLER_ONLY)
  @Query(() => [VendorLaborAvailability], { description: 'Vendors only: the signed-in vendor’s labour offers, unavailable ones included. Errors: FORBIDDEN before vendor onboarding.' })
  myLaborOffers(@Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return ctx.loaders.get(fullLaborOffersByVendorId).load(requireVendorId(ctx));
  }

  @Authorized('VENDOR')
  @Mutation(() => [VendorLaborAvailability], { description: 'Vendors only: creates or updates the signed-in vendor’s labour offers, all or nothing. Errors: FORBIDDEN before vendor onboarding; BAD_USER_INPUT for an unknown or archived trade or one listed twice.' })
  updateMyLaborOffers(@Arg('input', { description: 'The offers to write.' }) input: UpdateLaborOffersInput, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return this.laborService.updateOffers(ctx, input);
  }
}

@Resolver(() => VendorLaborAvailability)
export class VendorLaborAvailabilityResolver {
  @FieldResolver(() => Vendor, { description: 'The vendor offering the workers.' })
  vendor(@Root() offer: VendorLaborAvailability): Vendor {
    return vendorRef(offer.vendorId);
  }

  @FieldResolver(() => LaborCategory, { description: 'The trade offered.' })
  async laborCategory(@Root() offer: VendorLaborAvailability, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return (await ctx.loaders.get(laborCategoriesById).load(offer.laborCategoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Daily rate per worker, GST exclusive.' })
  async dailyRate(@Root() offer: VendorLaborAvailability, @Ctx() ctx: RequestContext): Promise<Money> {
    const trade = (await ctx.loaders.get(laborCategoriesById).load(offer.laborCategoryId))!;
    return Money.of(effectiveDailyRatePaise(offer, trade));
  }
}
