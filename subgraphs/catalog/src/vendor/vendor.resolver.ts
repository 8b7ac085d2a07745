import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { answerDependsOnCaller, isAdmin, type RequestContext } from '@realserv/platform';
import {
  fullInventoryByVendorId,
  fullLaborOffersByVendorId,
  publicInventoryByVendorId,
  publicLaborOffersByVendorId,
} from '../catalog.loaders.js';
import { VendorInventory } from '../inventory/vendor-inventory.entity.js';
import { VendorLaborAvailability } from '../labor/vendor-labor-availability.entity.js';
import { Vendor } from './vendor.type.js';
import { isVendor } from './vendor-caller.js';

/** Catalog's contribution to the Vendor entity. The vendor and admins also see unavailable rows. */
@Resolver(() => Vendor)
export class VendorCatalogResolver {
  @FieldResolver(() => [VendorInventory], { description: 'The vendor’s material offers; unavailable rows only for the vendor themself and admins.' })
  inventory(@Root() vendor: Vendor, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VendorInventory[]> {
    const full = isAdmin(ctx) || isVendor(ctx, vendor.id);
    if (full) answerDependsOnCaller(info);
    return ctx.loaders.get(full ? fullInventoryByVendorId : publicInventoryByVendorId).load(vendor.id);
  }

  @FieldResolver(() => [VendorLaborAvailability], { description: 'The vendor’s labour offers; unavailable ones only for the vendor themself and admins.' })
  laborOffers(@Root() vendor: Vendor, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VendorLaborAvailability[]> {
    const full = isAdmin(ctx) || isVendor(ctx, vendor.id);
    if (full) answerDependsOnCaller(info);
    return ctx.loaders.get(full ? fullLaborOffersByVendorId : publicLaborOffersByVendorId).load(vendor.id);
  }
}
