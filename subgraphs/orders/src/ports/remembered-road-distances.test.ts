import type { LatLng } from '../delivery/delivery-charge.js';
import { RememberedRoadDistances } from './remembered-road-distances.js';
import type { RoadDistance, RoadDistances } from './road-distances.js';

/** integrations as orders sees it: one answer per origin; counts the calls and the origins asked. */
function integrations(source: (origin: LatLng) => RoadDistance['source'] = () => 'PROVIDER') {
  const asked: LatLng[][] = [];
  const port: RoadDistances = {
    fromEach: async (origins) => {
      asked.push(origins);
      return origins.map((o) => ({ distanceMeters: Math.round(o.lat * 1000), durationSeconds: 60, source: source(o), cached: false }));
    },
  };
  return { port, asked };
}

const site = { lat: 12.3, lng: 76.6 };
const depotA = { lat: 12.31, lng: 76.61 };
const depotB = { lat: 12.32, lng: 76.62 };

describe('road distances orders remembers (#12: a repeat checkout makes no call to integrations)', () => {
  it('asks integrations once for a vendor–site pair, then answers from memory', async () => {
    const { port, asked } = integrations();
    const distances = new RememberedRoadDistances(port, { max: 100, ttlMs: 60_000 });
    const first = await distances.fromEach([depotA], site, 'r1');
    const again = await distances.fromEach([depotA], site, 'r2');
    expect(asked).toHaveLength(1);
    expect(again).toEqual([{ ...first[0], cached: true }]);
  });

  it('asks only for the origins it does not know, and answers in the origins’ order', async () => {
    const { port, asked } = integrations();
    const distances = new RememberedRoadDistances(port, { max: 100, ttlMs: 60_000 });
    await distances.fromEach([depotB], site, 'r1');
    const both = await distances.fromEach([depotA, depotB], site, 'r2');
    expect(asked).toEqual([[depotB], [depotA]]);
    expect(both.map((d) => d.distanceMeters)).toEqual([12_310, 12_320]);
  });

  it('does not keep an offline estimate: the next checkout asks for the real distance', async () => {
    let down = true;
    const { port, asked } = integrations(() => (down ? 'FALLBACK' : 'PROVIDER'));
    const distances = new RememberedRoadDistances(port, { max: 100, ttlMs: 60_000 });
    expect((await distances.fromEach([depotA], site, 'r1'))[0]!.source).toBe('FALLBACK');
    down = false;
    expect((await distances.fromEach([depotA], site, 'r2'))[0]!.source).toBe('PROVIDER');
    expect(asked).toHaveLength(2);
  });

  it('forgets a pair after its time, and another site is another pair', async () => {
    let now = 1_000_000; // lru-cache reads a start time of 0 as "never set"
    const { port, asked } = integrations();
    const distances = new RememberedRoadDistances(port, { max: 100, ttlMs: 60_000, clock: { now: () => now } });
    await distances.fromEach([depotA], site, 'r1');
    await distances.fromEach([depotA], { lat: 12.4, lng: 76.7 }, 'r2');
    expect(asked).toHaveLength(2);
    now += 60_001;
    await distances.fromEach([depotA], site, 'r3');
    expect(asked).toHaveLength(3);
  });
});
