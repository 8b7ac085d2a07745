import { Arg, Authorized, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@realserv/platform';
import type { Geocoded, LocationService, RoadDistanceAnswer } from './location.service.js';
import { AddressToGeocode, GeocodeResult, GeoPointInput, LocationSourceEnum, RoadDistance } from './location.types.js';

const toResult = (g: Geocoded): GeocodeResult => Object.assign(new GeocodeResult(), { ...g, point: { ...g.point }, source: g.source as LocationSourceEnum });
const toDistance = (d: RoadDistanceAnswer): RoadDistance => Object.assign(new RoadDistance(), { ...d, source: d.source as LocationSourceEnum });

/**
 * The apps' address forms (signed-in users; the gateway limits each user's geocoding, rule
 * `geocoding`) and, for peer subgraphs only (SERVICE, hidden from the public API), geocoding of
 * saved addresses and road distances for pricing delivery.
 */
@Resolver()
export class LocationResolver {
  constructor(private readonly location: LocationService) {}

  @Authorized()
  @Query(() => GeocodeResult, {
    description:
      'Signed-in users: where an address is (for an address form). Rate limited per user (RATE_LIMITED). Errors: BAD_USER_INPUT with reason PINCODE_STATE_MISMATCH (the pincode is not in that state), UNKNOWN_STATE, INVALID_PINCODE, or ADDRESS_NOT_FOUND (the maps provider knows no such place).',
  })
  async geocodeAddress(@Arg('address', { description: 'The address.' }) address: AddressToGeocode, @Ctx() ctx: RequestContext): Promise<GeocodeResult> {
    requireCaller(ctx);
    return toResult(await this.location.geocode(ctx.em, address));
  }

  @Authorized()
  @Query(() => GeocodeResult, { description: 'Signed-in users: the address at a point (a map pin). Rate limited per user (RATE_LIMITED). Errors: BAD_USER_INPUT for a point outside India (reason OUTSIDE_INDIA) or where no address is known (ADDRESS_NOT_FOUND).' })
  async reverseGeocode(@Arg('point', { description: 'The point.' }) point: GeoPointInput, @Ctx() ctx: RequestContext): Promise<GeocodeResult> {
    requireCaller(ctx);
    return toResult(await this.location.reverseGeocode(ctx.em, point));
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => GeocodeResult, { description: 'Peer subgraphs: geocode an address being saved (no per-user limit); the same pincode/state check as geocodeAddress.' })
  async geocodeForService(@Arg('address') address: AddressToGeocode, @Ctx() ctx: RequestContext): Promise<GeocodeResult> {
    return toResult(await this.location.geocode(ctx.em, address));
  }

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => [RoadDistance], { description: 'Peer subgraphs: the driving distance from each origin (at most 100) to the destination, in order; cached 30 days, FALLBACK per origin the provider cannot answer.' })
  async roadDistancesForService(
    @Arg('origins', () => [GeoPointInput]) origins: GeoPointInput[],
    @Arg('destination', () => GeoPointInput) destination: GeoPointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoadDistance[]> {
    return (await this.location.roadDistances(ctx.em, origins, destination)).map(toDistance);
  }
}
