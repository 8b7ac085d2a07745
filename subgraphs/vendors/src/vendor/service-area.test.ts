import { kinks } from '@turf/kinks';
import { polygon } from '@turf/helpers';
import {
  MAX_SERVICE_AREA_VERTICES,
  pointInPolygons,
  servesPoint,
  validateServiceAreaPolygons,
  type Position,
  type ServiceAreaPolygons,
} from './service-area.js';

// A 0.1° square over Whitefield, Bengaluru, with a 0.02° square hole in the middle.
const SHELL: Position[] = [[77.7, 12.95], [77.8, 12.95], [77.8, 13.05], [77.7, 13.05], [77.7, 12.95]];
const HOLE: Position[] = [[77.74, 12.99], [77.76, 12.99], [77.76, 13.01], [77.74, 13.01], [77.74, 12.99]];
const multi = (...polygons: Position[][][]) => ({ type: 'MultiPolygon', coordinates: polygons });

function valid(input: unknown): ServiceAreaPolygons {
  const result = validateServiceAreaPolygons(input);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.polygons;
}
const reasonOf = (input: unknown) => {
  const result = validateServiceAreaPolygons(input);
  return result.ok ? 'OK' : result.reason;
};

describe('service area polygons: validation', () => {
  it('accepts a MultiPolygon with a hole, in either ring orientation, and a single Polygon as one', () => {
    expect(valid(multi([SHELL, HOLE])).coordinates).toEqual([[SHELL, HOLE]]);
    expect(valid(multi([[...SHELL].reverse(), HOLE]))).toBeTruthy();
    expect(valid({ type: 'Polygon', coordinates: [SHELL] })).toEqual({ type: 'MultiPolygon', coordinates: [[SHELL]] });
  });

  it('drops an altitude from positions', () => {
    const withAltitude = SHELL.map(([x, y]) => [x, y, 920]);
    expect(valid(multi([withAltitude as Position[]])).coordinates[0]![0]).toEqual(SHELL);
  });

  it('refuses what is not a MultiPolygon or Polygon geometry', () => {
    expect(reasonOf({ type: 'Point', coordinates: [77.7, 12.9] })).toBe('NOT_A_MULTIPOLYGON');
    expect(reasonOf({ type: 'Feature', geometry: multi([SHELL]) })).toBe('NOT_A_MULTIPOLYGON');
    expect(reasonOf('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))')).toBe('NOT_A_MULTIPOLYGON');
    expect(reasonOf(multi())).toBe('EMPTY_POLYGON');
    expect(reasonOf(multi([]))).toBe('EMPTY_POLYGON');
  });

  it('refuses open rings and rings of fewer than 4 positions', () => {
    expect(reasonOf(multi([SHELL.slice(0, 4)]))).toBe('RING_NOT_CLOSED');
    expect(reasonOf(multi([[[77.7, 12.95], [77.8, 12.95], [77.7, 12.95]]]))).toBe('RING_TOO_SHORT');
    expect(reasonOf(multi([[[77.7, 12.95], [77.8, 12.95], [77.8, 12.95], [77.7, 12.95]]]))).toBe('RING_TOO_SHORT');
  });

  it('refuses positions out of range or malformed', () => {
    expect(reasonOf(multi([SHELL.map(([x, y]) => [x + 120, y])]))).toBe('COORDINATE_OUT_OF_RANGE');
    expect(reasonOf(multi([SHELL.map(([x, y]) => [x, y + 80])]))).toBe('COORDINATE_OUT_OF_RANGE');
    expect(reasonOf(multi([[[77.7, '12.95'], ...SHELL.slice(1)] as Position[]]))).toBe('INVALID_POSITION');
    expect(reasonOf(multi([[[77.7], ...SHELL.slice(1)] as Position[]]))).toBe('INVALID_POSITION');
    expect(reasonOf(multi([[[Number.NaN, 12.95], ...SHELL.slice(1)]]))).toBe('INVALID_POSITION');
  });

  it('refuses a self-intersecting ring (a bow tie) and a hole crossing its shell', () => {
    const bowTie: Position[] = [[77.7, 12.95], [77.8, 13.05], [77.8, 12.95], [77.7, 13.05], [77.7, 12.95]];
    expect(reasonOf(multi([bowTie]))).toBe('SELF_INTERSECTION');
    const crossingHole: Position[] = [[77.75, 13.0], [77.85, 13.0], [77.85, 13.02], [77.75, 13.02], [77.75, 13.0]];
    expect(reasonOf(multi([SHELL, crossingHole]))).toBe('SELF_INTERSECTION');
  });

  it('refuses edges overlapping along a line, which kinks does not report: a flat ring, a spike back along a diagonal edge, a hole on its shell\'s edge', () => {
    // Every position on one line: the closing edge runs back over the others; kinks finds no crossing.
    const flat: Position[] = [[77.7, 12.95], [77.75, 12.95], [77.8, 12.95], [77.7, 12.95]];
    expect(kinks(polygon([flat])).features).toHaveLength(0);
    expect(reasonOf(multi([flat]))).toBe('SELF_INTERSECTION');
    // The same on a diagonal, where no position is exactly on another edge in floating point.
    const flatDiagonal: Position[] = [[77.51, 12.93], [77.71, 13.17], [77.61, 13.05], [77.51, 12.93]];
    expect(kinks(polygon([flatDiagonal])).features).toHaveLength(0);
    expect(reasonOf(multi([flatDiagonal]))).toBe('SELF_INTERSECTION');
    // A spike: from the corner back along the diagonal edge it came by, then on to close the ring.
    const spike: Position[] = [[77.5, 12.9], [77.7, 13.1], [77.6, 13.0], [77.5, 13.1], [77.5, 12.9]];
    expect(kinks(polygon([spike])).features).toHaveLength(0);
    expect(reasonOf(multi([spike]))).toBe('SELF_INTERSECTION');
    // A hole whose edge lies along the shell's (touching only at a point is allowed by kinks' rule too).
    const onEdge: Position[] = [[77.72, 12.95], [77.75, 12.95], [77.75, 12.97], [77.72, 12.97], [77.72, 12.95]];
    expect(reasonOf(multi([SHELL, onEdge]))).toBe('SELF_INTERSECTION');
    // Straight runs through extra vertices and thin but real shapes stay valid.
    const straightRuns: Position[] = [[77.7, 12.95], [77.75, 12.95], [77.8, 12.95], [77.8, 13.05], [77.7, 13.05], [77.7, 12.95]];
    expect(reasonOf(multi([straightRuns]))).toBe('OK');
    const narrow: Position[] = [[77.7, 12.95], [77.8, 12.95], [77.8, 12.9501], [77.7, 12.9501], [77.7, 12.95]]; // 11 m wide
    expect(reasonOf(multi([narrow]))).toBe('OK');
  });

  it('refuses a hole lying outside its shell', () => {
    const away: Position[] = [[78.0, 13.2], [78.1, 13.2], [78.1, 13.3], [78.0, 13.3], [78.0, 13.2]];
    expect(reasonOf(multi([SHELL, away]))).toBe('HOLE_OUTSIDE_SHELL');
  });

  it(`refuses more than ${MAX_SERVICE_AREA_VERTICES} vertices in all`, () => {
    const circle = (n: number): Position[] => {
      const ring: Position[] = Array.from({ length: n }, (_, i) => [77.75 + 0.05 * Math.cos((2 * Math.PI * i) / n), 13 + 0.05 * Math.sin((2 * Math.PI * i) / n)]);
      return [...ring, ring[0]!];
    };
    expect(reasonOf(multi([circle(MAX_SERVICE_AREA_VERTICES)]))).toBe('OK');
    expect(reasonOf(multi([circle(MAX_SERVICE_AREA_VERTICES + 1)]))).toBe('TOO_MANY_VERTICES');
    expect(reasonOf(multi([circle(300)], [circle(201).map(([x, y]) => [x + 1, y] as Position)]))).toBe('TOO_MANY_VERTICES');
  });
});

describe('service area polygons: point in polygons', () => {
  const area = valid(multi([SHELL, HOLE], [[[78, 13], [78.1, 13], [78.1, 13.1], [78, 13]]]));

  it('inside the shell is in; outside every polygon is out', () => {
    expect(pointInPolygons([77.72, 12.97], area)).toBe(true);
    expect(pointInPolygons([78.07, 13.02], area)).toBe(true);
    expect(pointInPolygons([77.9, 13.0], area)).toBe(false);
  });

  it('edges and vertices of the shell count as inside', () => {
    expect(pointInPolygons([77.75, 12.95], area)).toBe(true);
    expect(pointInPolygons([77.7, 13.0], area)).toBe(true);
    expect(pointInPolygons([77.8, 13.05], area)).toBe(true);
    expect(pointInPolygons([77.7, 12.95], area)).toBe(true);
  });

  it('a hole excludes its interior but its edge still counts as served', () => {
    expect(pointInPolygons([77.75, 13.0], area)).toBe(false);
    expect(pointInPolygons([77.74, 13.0], area)).toBe(true);
    expect(pointInPolygons([77.76, 13.01], area)).toBe(true);
  });
});

describe('service area: polygons replace the radius', () => {
  const depot: Position = [77.75, 13.0];

  it('without polygons, the radius from the depot decides (its edge included)', () => {
    expect(servesPoint({ depot, radiusKm: 10, polygons: null }, [77.75, 13.08])).toBe(true); // ≈ 8.9 km north
    expect(servesPoint({ depot, radiusKm: 10, polygons: null }, [77.75, 13.1])).toBe(false); // ≈ 11.1 km
  });

  it('with polygons, a point outside the radius but inside a polygon is served, and inside the radius but outside every polygon is not', () => {
    const polygons = valid(multi([[[77.9, 13.0], [78.0, 13.0], [78.0, 13.1], [77.9, 13.1], [77.9, 13.0]]]));
    expect(servesPoint({ depot, radiusKm: 5, polygons }, [77.95, 13.05])).toBe(true);
    expect(servesPoint({ depot, radiusKm: 5, polygons }, [77.751, 13.0])).toBe(false);
  });
});
