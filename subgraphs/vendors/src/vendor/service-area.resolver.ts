import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { RequestContext } from '@realserv/platform';
import { Vendor, VendorStatus } from './vendor.entity.js';
import { ServiceCheckPointInput, ServiceAreaInput } from './vendor.inputs.js';
import type { ServiceAreaService, VendorServiceCheckRow } from './service-area.service.js';
import type { VendorService } from './vendor.service.js';

@ObjectType({ description: 'Where a vendor delivers (docs/location.md, "Service areas").' })
export class ServiceArea {
  @Field(() => Int, { description: 'Delivery range from the depot, km: the whole area without polygons; with polygons it still caps distance-based delivery pricing.' })
  radiusKm!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON MultiPolygon ([longitude, latitude]) that replaces the radius circle when set; null when the radius alone decides.' })
  polygons!: unknown;
}

// Not named GeoPoint: integrations owns that (non-shareable) type; this one only answers peers.
@ObjectType({ description: 'Where a vendor’s depot is (WGS 84); peer subgraphs only.' })
@Directive('@inaccessible')
export class DepotLocation {
  @Field(() => Float, { description: 'Latitude in decimal degrees.' }) lat!: number;
  @Field(() => Float, { description: 'Longitude in decimal degrees.' }) lng!: number;
}

/** Whether a vendor delivers to a point; peer subgraphs only (orders: placeOrder, deliveryOptions). */
@ObjectType({ description: 'Whether one vendor serves a point (peer subgraphs only).' })
@Directive('@inaccessible')
export class VendorServiceCheck implements VendorServiceCheckRow {
  @Field(() => ID) vendorId!: string;
  @Field(() => VendorStatus) status!: VendorStatus;
  @Field(() => Boolean) acceptingOrders!: boolean;
  @Field(() => DepotLocation, { description: 'The depot (business address), where distances are measured from.' }) location!: DepotLocation;
  @Field(() => Int, { description: 'The vendor’s delivery range, km.' }) radiusKm!: number;
  @Field(() => Float, { description: 'Great-circle distance from the depot to the point, km.' }) straightLineKm!: number;
  @Field(() => Boolean, { description: 'The vendor drew polygons (they replace the radius circle).' }) hasPolygons!: boolean;
  @Field(() => Boolean, { description: 'The point is in the vendor’s service area.' }) serves!: boolean;
}

@Resolver(() => Vendor)
export class ServiceAreaResolver {
  constructor(
    private readonly serviceAreas: ServiceAreaService,
    private readonly vendors: VendorService,
  ) {}

  @Authorized('VENDOR')
  @Mutation(() => Vendor, {
    description:
      'Vendors only: sets the signed-in vendor’s own service area (radius and optional polygons). Errors: FORBIDDEN before onboarding or when suspended; BAD_USER_INPUT (field polygons, reason NOT_A_MULTIPOLYGON, EMPTY_POLYGON, INVALID_POSITION, COORDINATE_OUT_OF_RANGE, RING_TOO_SHORT, RING_NOT_CLOSED, SELF_INTERSECTION, HOLE_OUTSIDE_SHELL, TOO_MANY_POLYGONS or TOO_MANY_VERTICES) with nothing changed.',
  })
  updateMyServiceArea(@Arg('input', { description: 'The whole service area (it replaces the current one).' }) input: ServiceAreaInput, @Ctx() ctx: RequestContext): Promise<Vendor> {
    return this.serviceAreas.updateMine(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Vendor, { description: 'Admins only: sets a vendor’s service area. Errors: NOT_FOUND; BAD_USER_INPUT as for updateMyServiceArea, with nothing changed.' })
  setVendorServiceArea(
    @Arg('vendorId', () => ID, { description: 'The vendor.' }) vendorId: string,
    @Arg('input', { description: 'The whole service area (it replaces the current one).' }) input: ServiceAreaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Vendor> {
    return this.serviceAreas.setForVendor(ctx, vendorId, input);
  }

  @FieldResolver(() => ServiceArea, { nullable: true, description: 'Vendor and admins only (null for others): the radius and polygons.' })
  serviceArea(@Root() vendor: Vendor, @Ctx() ctx: RequestContext): ServiceArea | null {
    return this.vendors.canSeePrivate(ctx, vendor) ? { radiusKm: vendor.serviceRadiusKm, polygons: vendor.serviceAreaPolygons } : null;
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [VendorServiceCheck], {
    description: 'Whether each ACTIVE vendor (or each of the given ids, any status, at most 500) serves the point: one SQL statement, the polygons checked in process.',
  })
  vendorsServingPointForService(
    @Arg('point', () => ServiceCheckPointInput) point: ServiceCheckPointInput,
    @Arg('vendorIds', () => [ID], { nullable: true }) vendorIds: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<VendorServiceCheckRow[]> {
    return this.serviceAreas.servingPoint(ctx, point, vendorIds);
  }
}
