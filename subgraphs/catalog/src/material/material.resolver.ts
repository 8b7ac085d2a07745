import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, indianDate, type RequestContext } from '@realserv/platform';
import { categoriesById, gstRatesByCode, offersByMaterialId } from '../catalog.loaders.js';
import { Category } from '../category/category.entity.js';
import { GstRate } from '../gst/gst-rate.entity.js';
import { rateInForce } from '../gst/gst.js';
import { VendorInventory } from '../inventory/vendor-inventory.entity.js';
import { effectivePricePaise } from '../inventory/pricing.js';
import { Material } from './material.entity.js';
import { CatalogSort, CreateMaterialInput, MaterialFilter, UpdateMaterialInput } from './material.inputs.js';
import type { MaterialService } from './material.service.js';
import { OFFER_HINT } from '../cache-hints.js';

// Which materials match (in stock, a vendor's, a price range) and their order move with offers and prices.
@ObjectType({ description: 'One page of materials.' })
@Directive(OFFER_HINT)
export class MaterialPage extends Paginated(Material) {}

@Resolver(() => Material)
export class MaterialResolver {
  constructor(private readonly materialService: MaterialService) {}

  @Query(() => MaterialPage, { description: 'Anyone: browse and search active materials (archived ones too for admins who ask). Errors: FORBIDDEN for includeArchived by non-admins; BAD_USER_INPUT when minPricePaise exceeds maxPricePaise.' })
  materials(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => MaterialFilter, { nullable: true, description: 'Category, words, price range, brands, vendor, stock.' }) filter?: MaterialFilter,
    @Arg('sort', () => CatalogSort, { nullable: true, description: 'Order of the results (default RELEVANCE).' }) sort?: CatalogSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.materialService.search(ctx, filter, sort, page);
  }

  @Query(() => Material, { nullable: true, description: 'Anyone: one material by id (archived ones too) or by slug (active ones only, except for admins); null when there is none. Errors: BAD_USER_INPUT unless exactly one of id and slug is given.' })
  material(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'The material id (give this or slug).' }) id?: string,
    @Arg('slug', { nullable: true, description: 'The material slug (give this or id).' }) slug?: string,
  ): Promise<Material | null> {
    return this.materialService.find(ctx, id, slug);
  }

  /**
   * Service API for orders' deliveryOptions (SERVICE callers only, `@inaccessible`): the active
   * materials among these ids, so one call answers every vendor's offer of a buyer's list through
   * the batched `offers` and `gstRate` fields. At most 100 ids.
   */
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [Material], { description: 'The active materials among these ids (at most 100), in no particular order; unknown and archived ids are left out.' })
  materialsForService(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<Material[]> {
    return this.materialService.activeByIds(ctx, ids);
  }

  @FieldResolver(() => Category, { description: 'The category it belongs to.' })
  async category(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<Category> {
    return (await ctx.loaders.get(categoriesById).load(material.categoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Catalog price per unit, GST exclusive.' })
  @Directive(OFFER_HINT)
  basePrice(@Root() material: Material): Money {
    return Money.of(material.basePricePaise);
  }

  @FieldResolver(() => GstRate, { nullable: true, description: 'The GST rate in force today for its HSN code.' })
  async gstRate(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<GstRate | null> {
    const rates = await ctx.loaders.get(gstRatesByCode).load(material.hsnCode);
    return (rateInForce(rates, indianDate()) as GstRate | null) ?? null;
  }

  @FieldResolver(() => [VendorInventory], { description: 'Vendors selling it now (available, in stock), cheapest first.' })
  async offers(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    const offers = await ctx.loaders.get(offersByMaterialId).load(material.id);
    return [...offers].sort(
      (a, b) => effectivePricePaise(a, material) - effectivePricePaise(b, material) || a.id.localeCompare(b.id),
    );
  }

  @Authorized('ADMIN')
  @Mutation(() => Material, { description: 'Admins only: adds a material to the catalog. Errors: CONFLICT when the slug is taken; BAD_USER_INPUT for an unknown/archived/LABOUR category, an HSN code missing from the GST rate table or duplicate specification keys.' })
  createMaterial(@Arg('input', { description: 'The new material.' }) input: CreateMaterialInput, @Ctx() ctx: RequestContext): Promise<Material> {
    return this.materialService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Material, { description: 'Admins only: edits or restores a material; orders already placed keep their prices and names. Errors: NOT_FOUND; CONFLICT when the slug is taken; BAD_USER_INPUT as for createMaterial.' })
  updateMaterial(
    @Arg('id', () => ID, { description: 'The material to change.' }) id: string,
    @Arg('input', { description: 'The fields to change.' }) input: UpdateMaterialInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Material> {
    return this.materialService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Material, { description: 'Admins only: removes a material from browse and search; past orders keep it. Errors: NOT_FOUND.' })
  archiveMaterial(@Arg('id', () => ID, { description: 'The material to archive.' }) id: string, @Ctx() ctx: RequestContext): Promise<Material> {
    return this.materialService.archive(ctx, id);
  }
}
