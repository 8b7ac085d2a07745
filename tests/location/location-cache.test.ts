import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { DistanceCacheEntry, GeocodeCacheEntry, GeocodeKind } from '../../subgraphs/integrations/src/location/cache/location-cache.entity.js';
import { LocationService } from '../../subgraphs/integrations/src/location/location.service.js';
import { GoogleMaps } from '../../subgraphs/integrations/src/location/maps/google-maps.js';
import { PincodeDirectory } from '../../subgraphs/integrations/src/location/pincode/pincode-directory.js';

/** The 30-day cache on a database of its own, with the real adapter against the local maps server. */
let orm: MikroORM;
let location: LocationService;

const mapsRequests = async (text: string) =>
  ((await (await fetch(`${process.env.REALSERV_MAPS_URL}/_local/maps/requests?contains=${encodeURIComponent(text)}`)).json()) as { count: number }).count;

beforeAll(async () => {
  orm = await scratchOrm([GeocodeCacheEntry, DistanceCacheEntry]);
  const env = (JSON.parse(process.env.REALSERV_SUBGRAPH_ENVS ?? '{}') as Record<string, Record<string, string>>).integrations!;
  const maps = new GoogleMaps({ apiKey: env.GOOGLE_MAPS_API_KEY!, baseUrl: env.MAPS_BASE_URL!, timeoutMs: 3000 });
  location = new LocationService(maps, PincodeDirectory.shipped(), createLogger('location-test', 'silent'));
});
afterAll(() => orm.close(true));

describe('the location cache', () => {
  it('an expired geocode is asked again, and the hourly purge deletes only expired rows', async () => {
    const line1 = `Expiry ${randomUUID().slice(0, 8)} Road`;
    const address = { line1, city: 'Chennai', state: 'Tamil Nadu', pincode: '600017' };
    expect(await location.geocode(orm.em.fork(), address)).toMatchObject({ source: 'PROVIDER', cached: false });
    expect(await location.geocode(orm.em.fork(), address)).toMatchObject({ source: 'PROVIDER', cached: true });
    expect(await mapsRequests(line1)).toBe(1);

    // 30 days later (moved back in time rather than waiting): a provider call again, then cached anew.
    await orm.em.fork().nativeUpdate(GeocodeCacheEntry, { kind: GeocodeKind.ADDRESS, lookupKey: { $like: `%${line1.toLowerCase()}%` } }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await location.geocode(orm.em.fork(), address)).toMatchObject({ source: 'PROVIDER', cached: false });
    expect(await mapsRequests(line1)).toBe(2);
    const [row] = await orm.em.fork().find(GeocodeCacheEntry, { lookupKey: { $like: `%${line1.toLowerCase()}%` } });
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);

    const em = orm.em.fork();
    await em.insertMany(DistanceCacheEntry, [
      { originKey: '13.0001,80.2001', destinationKey: '13.0418,80.2341', distanceMeters: 9000, durationSeconds: 1700, fetchedAt: new Date(), expiresAt: new Date(Date.now() - 1) },
      { originKey: '13.0002,80.2002', destinationKey: '13.0418,80.2341', distanceMeters: 9100, durationSeconds: 1720, fetchedAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) },
    ]);
    expect(await location.purgeExpired(orm.em.fork())).toBe(1);
    expect((await orm.em.fork().find(DistanceCacheEntry, {})).map((r) => r.originKey)).toEqual(['13.0002,80.2002']);
    expect(await orm.em.fork().count(GeocodeCacheEntry, {})).toBe(1);
  });
});
