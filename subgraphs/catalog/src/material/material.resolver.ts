import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Money, PageInput, Paginated, type RequestContext } from '@realserv/platform';
import { categoriesById, gstRatesByCode, offersByMaterialId } from '../catalog.loaders.js';
import { Category } from '../category/category.entity.js';
import { GstRate } from '../gst/gst-rate.entity.js';
import { indianDate, rateInForce } from '../gst/gst.js';
import { VendorInventory } from '../inventory/vendor-inventory.entity.js';
import { effectivePricePaise } from '../inventory/pricing.js';
import { Material } from './material.entity.js';
import { CatalogSort, CreateMaterialInput, MaterialFilter, UpdateMaterialInput } from './material.inputs.js';
import type { MaterialService } from './material.service.js';

@ObjectType()
export class MaterialPage extends Paginated(Material) {}

@Resolver(() => Material)
export class MaterialResolver {
  constructor(private readonly materialService: MaterialService) {}

  @Query(() => MaterialPage, { description: 'Browse and search active materials.' })
  materials(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => MaterialFilter, { nullable: true }) filter?: MaterialFilter,
    @Arg('sort', () => CatalogSort, { nullable: true }) sort?: CatalogSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.materialService.search(ctx, filter, sort, page);
  }

  @Query(() => Material, { nullable: true, description: 'One material by id (archived ones too) or by slug.' })
  material(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('slug', { nullable: true }) slug?: string,
  ): Promise<Material | null> {
    return this.materialService.find(ctx, id, slug);
  }

  @FieldResolver(() => Category)
  async category(@Root() material: Material, @Ctx() ctx: RequestContext): Promise<Category> {
    return (await ctx.loaders.get(categoriesById).load(material.categoryId))!;
  }

  @FieldResolver(() => Money, { description: 'Catalog price per unit, GST exclusive.' })
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
  @Mutation(() => Material)
  createMaterial(@Arg('input') input: CreateMaterialInput, @Ctx() ctx: RequestContext): Promise<Material> {
    return this.materialService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Material)
  updateMaterial(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateMaterialInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Material> {
    return this.materialService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Material, { description: 'Removes a material from browse; past orders keep it.' })
  archiveMaterial(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Material> {
    return this.materialService.archive(ctx, id);
  }
}
