import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CALLER_ONLY, Money, assertId, requireVendorId, type RequestContext } from '@realserv/platform';
import { fullInventoryByVendorId, materialsById, publicInventoryByVendorId } from '../catalog.loaders.js';
import { Material } from '../material/material.entity.js';
import { Vendor, vendorRef } from '../vendor/vendor.type.js';
import { UpdateInventoryInput } from './inventory.inputs.js';
import type { InventoryService } from './inventory.service.js';
import { effectivePricePaise } from './pricing.js';
import { VendorInventory } from './vendor-inventory.entity.js';

@Resolver(() => VendorInventory)
export class InventoryResolver {
  constructor(private readonly inventoryService: InventoryService) {}

  @Query(() => [VendorInventory], { description: 'Anyone: a vendor’s available materials (what buyers may order), oldest row first.' })
  vendorInventory(@Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string, @Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return ctx.loaders.get(publicInventoryByVendorId).load(assertId(vendorId, 'vendorId'));
  }

  @Authorized('VENDOR')
  @Directive(CALLER_ONLY)
  @Query(() => [VendorInventory], { description: 'Vendors only: the signed-in vendor’s whole inventory, unavailable rows included. Errors: FORBIDDEN before vendor onboarding.' })
  myInventory(@Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return ctx.loaders.get(fullInventoryByVendorId).load(requireVendorId(ctx));
  }

  @Authorized('VENDOR')
  @Mutation(() => [VendorInventory], {
    description: 'Vendors only: creates or updates rows of the signed-in vendor’s inventory, all or nothing. Errors: FORBIDDEN before vendor onboarding; BAD_USER_INPUT for an unknown or archived material or one listed twice.',
  })
  updateMyInventory(@Arg('input', { description: 'The rows to write.' }) input: UpdateInventoryInput, @Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return this.inventoryService.update(ctx, input);
  }

  @FieldResolver(() => Vendor, { description: 'The vendor selling it.' })
  vendor(@Root() row: VendorInventory): Vendor {
    return vendorRef(row.vendorId);
  }

  @FieldResolver(() => Material, { description: 'The material offered.' })
  async material(@Root() row: VendorInventory, @Ctx() ctx: RequestContext): Promise<Material> {
    return (await ctx.loaders.get(materialsById).load(row.materialId))!;
  }

  @FieldResolver(() => Money, { description: 'Price per unit, GST exclusive.' })
  async price(@Root() row: VendorInventory, @Ctx() ctx: RequestContext): Promise<Money> {
    const material = (await ctx.loaders.get(materialsById).load(row.materialId))!;
    return Money.of(effectivePricePaise(row, material));
  }

  @FieldResolver(() => Boolean, { description: 'True when the vendor sells at the catalog base price.' })
  sellsAtBasePrice(@Root() row: VendorInventory): boolean {
    return row.pricePaise === null;
  }
}
