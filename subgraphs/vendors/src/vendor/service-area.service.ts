import { ForbiddenError, ValidationError, assertId, requireRole, type RequestContext } from '@realserv/platform';
import { Vendor, VendorStatus } from './vendor.entity.js';
import type { ServiceAreaInput } from './vendor.inputs.js';
import { servesPoint, straightLineKm, validateServiceAreaPolygons, type Position } from './service-area.js';
import type { VendorService } from './vendor.service.js';

/** One vendor's answer to "do you deliver here?", for orders (SERVICE only). */
export interface VendorServiceCheckRow {
  vendorId: string;
  status: VendorStatus;
  acceptingOrders: boolean;
  location: { lat: number; lng: number };
  radiusKm: number;
  straightLineKm: number;
  hasPolygons: boolean;
  serves: boolean;
}

export const MAX_CHECKED_VENDOR_IDS = 500;

/** A vendor's service area: its radius and optional polygons (rules in service-area.ts). */
export class ServiceAreaService {
  constructor(private readonly vendors: VendorService) {}

  /** The signed-in vendor sets its own area (there is no id argument); a suspended vendor may not. */
  async updateMine(ctx: RequestContext, input: ServiceAreaInput): Promise<Vendor> {
    const vendor = await this.vendors.requireMine(ctx);
    if (vendor.status === VendorStatus.SUSPENDED) throw new ForbiddenError('A suspended vendor cannot change its service area.');
    return this.apply(ctx, vendor, input);
  }

  async setForVendor(ctx: RequestContext, vendorId: string, input: ServiceAreaInput): Promise<Vendor> {
    requireRole(ctx, 'ADMIN');
    return this.apply(ctx, await this.vendors.find(ctx, vendorId), input);
  }

  /**
   * Which vendors serve a point: the given ids (any status), else every ACTIVE vendor. One SQL
   * statement loads them; the radius and polygons are checked here, in process.
   */
  async servingPoint(ctx: RequestContext, point: { lat: number; lng: number }, vendorIds: string[] | null | undefined): Promise<VendorServiceCheckRow[]> {
    if (vendorIds && vendorIds.length > MAX_CHECKED_VENDOR_IDS) throw new ValidationError(`At most ${MAX_CHECKED_VENDOR_IDS} vendor ids at a time.`, { field: 'vendorIds' });
    const where = vendorIds ? { id: { $in: [...new Set(vendorIds.map((id) => assertId(id, 'vendorIds')))] } } : { status: VendorStatus.ACTIVE };
    const vendors = await ctx.em.find(Vendor, where, {
      fields: ['id', 'status', 'acceptingOrders', 'businessAddress', 'serviceRadiusKm', 'serviceAreaPolygons'],
      orderBy: { id: 'asc' },
    });
    const site: Position = [point.lng, point.lat];
    return vendors.map((vendor) => {
      const depot: Position = [vendor.businessAddress.longitude, vendor.businessAddress.latitude];
      return {
        vendorId: vendor.id,
        status: vendor.status,
        acceptingOrders: vendor.acceptingOrders,
        location: { lat: vendor.businessAddress.latitude, lng: vendor.businessAddress.longitude },
        radiusKm: vendor.serviceRadiusKm,
        straightLineKm: straightLineKm(depot, site),
        hasPolygons: vendor.serviceAreaPolygons !== null,
        serves: servesPoint({ depot, radiusKm: vendor.serviceRadiusKm, polygons: vendor.serviceAreaPolygons }, site),
      };
    });
  }

  /** Validates first, so a refused area changes nothing. */
  private async apply(ctx: RequestContext, vendor: Vendor, input: ServiceAreaInput): Promise<Vendor> {
    let polygons = null;
    if (input.polygons !== undefined && input.polygons !== null) {
      const checked = validateServiceAreaPolygons(input.polygons);
      if (!checked.ok) throw new ValidationError(checked.message, { field: 'polygons', reason: checked.reason });
      polygons = checked.polygons;
    }
    vendor.serviceRadiusKm = input.radiusKm;
    vendor.serviceAreaPolygons = polygons;
    await ctx.em.flush();
    return vendor;
  }
}
