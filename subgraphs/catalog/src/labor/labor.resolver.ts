import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, assertId, type RequestContext } from '@realserv/platform';
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
import { requireVendorId } from '../vendor/vendor-caller.js';
import { LaborCategory } from './labor-category.entity.js';
import { CreateLaborCategoryInput, LaborCategoryFilter, UpdateLaborCategoryInput, UpdateLaborOffersInput } from './labor.inputs.js';
import type { LaborService } from './labor.service.js';
import { VendorLaborAvailability } from './vendor-labor-availability.entity.js';

@ObjectType()
export class LaborCategoryPage extends Paginated(LaborCategory) {}

@Resolver(() => LaborCategory)
export class LaborCategoryResolver {
  constructor(private readonly laborService: LaborService) {}

  @Query(() => LaborCategoryPage, { description: 'Browse and search trades (mason, plumber, …).' })
  laborCategories(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LaborCategoryFilter, { nullable: true }) filter?: LaborCategoryFilter,
    @Arg('sort', () => CatalogSort, { nullable: true }) sort?: CatalogSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.laborService.search(ctx, filter, sort, page);
  }

  @Query(() => LaborCategory, { nullable: true })
  laborCategory(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('slug', { nullable: true }) slug?: string,
  ): Promise<LaborCategory | null> {
    return this.laborService.find(ctx, id, slug);
  }

  @FieldResolver(() => Category)
  async category(@Root() trade: LaborCategory, @Ctx() ctx: RequestContext): Promise<Category> {
    return (await ctx.loaders.get(categoriesById).load(trade.categoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Reference hourly rate per worker.' })
  hourlyRate(@Root() trade: LaborCategory): Money {
    return Money.of(trade.hourlyRatePaise);
  }

  @FieldResolver(() => Money, { description: 'Reference daily rate per worker (8 hours).' })
  dailyRate(@Root() trade: LaborCategory): Money {
    return Money.of(trade.dailyRatePaise);
  }

  @FieldResolver(() => [VendorLaborAvailability], { description: 'Vendors with workers available now, cheapest first.' })
  async offers(@Root() trade: LaborCategory, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    const offers = await ctx.loaders.get(laborOffersByCategoryId).load(trade.id);
    return [...offers].sort((a, b) => effectiveDailyRatePaise(a, trade) - effectiveDailyRatePaise(b, trade) || a.id.localeCompare(b.id));
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory)
  createLaborCategory(@Arg('input') input: CreateLaborCategoryInput, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return this.laborService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory)
  updateLaborCategory(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateLaborCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LaborCategory> {
    return this.laborService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => LaborCategory)
  archiveLaborCategory(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return this.laborService.archive(ctx, id);
  }

  @Query(() => [VendorLaborAvailability], { description: "A vendor's available labour offers (what buyers may hire)." })
  vendorLaborOffers(@Arg('vendorId', () => ID) vendorId: string, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return ctx.loaders.get(publicLaborOffersByVendorId).load(assertId(vendorId, 'vendorId'));
  }

  @Authorized('VENDOR')
  @Query(() => [VendorLaborAvailability], { description: "The signed-in vendor's labour offers, unavailable ones included." })
  myLaborOffers(@Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return ctx.loaders.get(fullLaborOffersByVendorId).load(requireVendorId(ctx));
  }

  @Authorized('VENDOR')
  @Mutation(() => [VendorLaborAvailability], { description: "Creates or updates the signed-in vendor's labour offers, all or nothing." })
  updateMyLaborOffers(@Arg('input') input: UpdateLaborOffersInput, @Ctx() ctx: RequestContext): Promise<VendorLaborAvailability[]> {
    return this.laborService.updateOffers(ctx, input);
  }
}

@Resolver(() => VendorLaborAvailability)
export class VendorLaborAvailabilityResolver {
  @FieldResolver(() => Vendor)
  vendor(@Root() offer: VendorLaborAvailability): Vendor {
    return vendorRef(offer.vendorId);
  }

  @FieldResolver(() => LaborCategory)
  async laborCategory(@Root() offer: VendorLaborAvailability, @Ctx() ctx: RequestContext): Promise<LaborCategory> {
    return (await ctx.loaders.get(laborCategoriesById).load(offer.laborCategoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Daily rate per worker, GST exclusive.' })
  async dailyRate(@Root() offer: VendorLaborAvailability, @Ctx() ctx: RequestContext): Promise<Money> {
    const trade = (await ctx.loaders.get(laborCategoriesById).load(offer.laborCategoryId))!;
    return Money.of(effectiveDailyRatePaise(offer, trade));
  }
}
