import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, assertId, type RequestContext } from '@realserv/platform';
import { fullInventoryByVendorId, materialsById, publicInventoryByVendorId } from '../catalog.loaders.js';
import { Material } from '../material/material.entity.js';
import { Vendor, vendorRef } from '../vendor/vendor.type.js';
import { requireVendorId } from '../vendor/vendor-caller.js';
import { UpdateInventoryInput } from './inventory.inputs.js';
import type { InventoryService } from './inventory.service.js';
import { effectivePricePaise } from './pricing.js';
import { VendorInventory } from './vendor-inventory.entity.js';

@Resolver(() => VendorInventory)
export class InventoryResolver {
  constructor(private readonly inventoryService: InventoryService) {}

  @Query(() => [VendorInventory], { description: "A vendor's available materials (what buyers may order)." })
  vendorInventory(@Arg('vendorId', () => ID) vendorId: string, @Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return ctx.loaders.get(publicInventoryByVendorId).load(assertId(vendorId, 'vendorId'));
  }

  @Authorized('VENDOR')
  @Query(() => [VendorInventory], { description: "The signed-in vendor's whole inventory, unavailable rows included." })
  myInventory(@Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return ctx.loaders.get(fullInventoryByVendorId).load(requireVendorId(ctx));
  }

  @Authorized('VENDOR')
  @Mutation(() => [VendorInventory], {
    description: "Creates or updates rows of the signed-in vendor's inventory, all or nothing.",
  })
  updateMyInventory(@Arg('input') input: UpdateInventoryInput, @Ctx() ctx: RequestContext): Promise<VendorInventory[]> {
    return this.inventoryService.update(ctx, input);
  }

  @FieldResolver(() => Vendor)
  vendor(@Root() row: VendorInventory): Vendor {
    return vendorRef(row.vendorId);
  }

  @FieldResolver(() => Material)
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
