import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { kinks } from '@turf/kinks';
import { point, polygon } from '@turf/helpers';

/**
 * Where a vendor delivers: a radius around its depot and, optionally, polygons (GeoJSON
 * MultiPolygon, [lng, lat] positions). Pure rules, no I/O; the geometry comes from Turf.
 *
 * The rule (docs/location.md, "Service areas"): polygons REPLACE the circle when set, because
 * a vendor who draws its area expects exactly that area (a river, a city limit) and not its
 * overlap with a circle it set long ago. The radius stays the vendor's stated delivery range:
 * orders still receive it with each check (it caps distance-based delivery pricing), and it is
 * the whole area when there are no polygons.
 */

export type Position = [number, number];
/** GeoJSON MultiPolygon coordinates: polygons → rings (first the shell, then holes) → positions. */
export type MultiPolygonCoordinates = Position[][][];
export interface ServiceAreaPolygons {
  type: 'MultiPolygon';
  coordinates: MultiPolygonCoordinates;
}

export const MAX_SERVICE_AREA_VERTICES = 500;
export const MAX_SERVICE_AREA_POLYGONS = 20;

export type ServiceAreaProblem =
  | 'NOT_A_MULTIPOLYGON'
  | 'EMPTY_POLYGON'
  | 'INVALID_POSITION'
  | 'COORDINATE_OUT_OF_RANGE'
  | 'RING_TOO_SHORT'
  | 'RING_NOT_CLOSED'
  | 'SELF_INTERSECTION'
  | 'HOLE_OUTSIDE_SHELL'
  | 'TOO_MANY_POLYGONS'
  | 'TOO_MANY_VERTICES';

export type ServiceAreaValidation =
  | { ok: true; polygons: ServiceAreaPolygons }
  | { ok: false; reason: ServiceAreaProblem; message: string };

const refuse = (reason: ServiceAreaProblem, message: string): ServiceAreaValidation => ({ ok: false, reason, message });

/**
 * Checks a client's GeoJSON (a MultiPolygon, or a single Polygon taken as one) and returns it
 * normalised to a MultiPolygon of [lng, lat] pairs (an altitude is dropped). Ring orientation
 * is not required (the right-hand rule is optional for readers of RFC 7946).
 */
export function validateServiceAreaPolygons(input: unknown): ServiceAreaValidation {
  if (!isObject(input) || (input.type !== 'MultiPolygon' && input.type !== 'Polygon') || !Array.isArray(input.coordinates)) {
    return refuse('NOT_A_MULTIPOLYGON', 'polygons must be a GeoJSON MultiPolygon (or Polygon) geometry: { "type": "MultiPolygon", "coordinates": [...] }.');
  }
  const raw: unknown[] = input.type === 'Polygon' ? [input.coordinates] : input.coordinates;
  if (raw.length === 0) return refuse('EMPTY_POLYGON', 'polygons has no polygon; send null to remove them.');
  if (raw.length > MAX_SERVICE_AREA_POLYGONS) return refuse('TOO_MANY_POLYGONS', `At most ${MAX_SERVICE_AREA_POLYGONS} polygons.`);
  const coordinates: MultiPolygonCoordinates = [];
  let vertices = 0;
  for (const [p, rings] of raw.entries()) {
    if (!Array.isArray(rings) || rings.length === 0) return refuse('EMPTY_POLYGON', `Polygon ${p + 1} has no rings.`);
    const clean: Position[][] = [];
    for (const [r, ring] of rings.entries()) {
      const where = `polygon ${p + 1}, ${r === 0 ? 'outer ring' : `hole ${r}`}`;
      if (!Array.isArray(ring)) return refuse('INVALID_POSITION', `${where} is not a list of positions.`);
      // Before reading a huge ring position by position.
      if (vertices + ring.length - 1 > MAX_SERVICE_AREA_VERTICES) return refuse('TOO_MANY_VERTICES', `At most ${MAX_SERVICE_AREA_VERTICES} vertices in all polygons together.`);
      const positions: Position[] = [];
      for (const position of ring) {
        if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
          return refuse('INVALID_POSITION', `${where}: each position must be [longitude, latitude].`);
        }
        const [lng, lat] = position as number[];
        if (lng! < -180 || lng! > 180 || lat! < -90 || lat! > 90) {
          return refuse('COORDINATE_OUT_OF_RANGE', `${where}: [${lng}, ${lat}] is outside longitude −180…180 / latitude −90…90 (positions are [longitude, latitude]).`);
        }
        positions.push([lng!, lat!]);
      }
      if (positions.length < 4) return refuse('RING_TOO_SHORT', `${where} has ${positions.length} positions; a closed ring needs at least 4.`);
      const first = positions[0]!;
      const last = positions[positions.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) return refuse('RING_NOT_CLOSED', `${where} is not closed: its last position must repeat its first.`);
      if (new Set(positions.slice(1).map(([x, y]) => `${x},${y}`)).size < 3) {
        return refuse('RING_TOO_SHORT', `${where} has fewer than 3 distinct positions.`);
      }
      vertices += positions.length - 1;
      if (vertices > MAX_SERVICE_AREA_VERTICES) return refuse('TOO_MANY_VERTICES', `At most ${MAX_SERVICE_AREA_VERTICES} vertices in all polygons together.`);
      clean.push(positions);
    }
    // Crossing edges within a ring, or between a hole and its shell or another hole.
    if (kinks(polygon(clean)).features.length > 0) {
      return refuse('SELF_INTERSECTION', `Polygon ${p + 1} intersects itself (edges cross, or a hole crosses its outer ring).`);
    }
    const overlap = overlappingEdges(clean);
    if (overlap) {
      return refuse('SELF_INTERSECTION', `Polygon ${p + 1} has edges running along each other near [${overlap.join(', ')}] (a spike, a boundary doubling back, or a ring with no area).`);
    }
    const shell = polygon([clean[0]!]);
    for (const [h, hole] of clean.slice(1).entries()) {
      if (!hole.every((position) => booleanPointInPolygon(point(position), shell))) {
        return refuse('HOLE_OUTSIDE_SHELL', `Polygon ${p + 1}, hole ${h + 1} lies outside its outer ring.`);
      }
    }
    coordinates.push(clean);
  }
  return { ok: true, polygons: { type: 'MultiPolygon', coordinates } };
}

/** Two edges closer than this along a stretch longer than this run along each other. */
const OVERLAP_TOLERANCE_M = 1;
const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Edges of one polygon (any of its rings) that run along each other for more than a metre: a
 * spike (an edge folding back over the previous one), a boundary doubling back, a hole lying on
 * its shell's edge, or a ring whose positions all lie on one line (it encloses nothing). Turf's
 * kinks reports edges that cross or touch at exact coordinates, but not a ring that is flat, nor
 * overlaps that are collinear only within floating-point error (a spike drawn along a diagonal
 * edge never lands exactly on it), and @turf/boolean-valid calls such rings valid. Positions are
 * projected to metres around the polygon (equirectangular: exact enough at a city's scale).
 * Returns a position where an overlap starts, or null.
 */
export function overlappingEdges(rings: Position[][]): Position | null {
  const lat0 = (rings[0]![0]![1] * Math.PI) / 180;
  const toMetres = ([lng, lat]: Position): Position => [((lng * Math.PI) / 180) * EARTH_RADIUS_M * Math.cos(lat0), ((lat * Math.PI) / 180) * EARTH_RADIUS_M];
  const edges: Array<{ from: Position; a: Position; b: Position }> = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) edges.push({ from: ring[i]!, a: toMetres(ring[i]!), b: toMetres(ring[i + 1]!) });
  }
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (runsAlong(edges[i]!, edges[j]!) || runsAlong(edges[j]!, edges[i]!)) return edges[j]!.from;
    }
  }
  return null;
}

/** Whether edge `other` lies along `edge`'s line (both ends within the tolerance) and shares more than the tolerance of its length. */
function runsAlong(edge: { a: Position; b: Position }, other: { a: Position; b: Position }): boolean {
  const [dx, dy] = [edge.b[0] - edge.a[0], edge.b[1] - edge.a[1]];
  const length = Math.hypot(dx, dy);
  if (length <= OVERLAP_TOLERANCE_M) return false;
  const offset = ([x, y]: Position) => Math.abs(dx * (y - edge.a[1]) - dy * (x - edge.a[0])) / length;
  if (offset(other.a) > OVERLAP_TOLERANCE_M || offset(other.b) > OVERLAP_TOLERANCE_M) return false;
  const along = ([x, y]: Position) => (dx * (x - edge.a[0]) + dy * (y - edge.a[1])) / length;
  const [s, t] = [along(other.a), along(other.b)];
  return Math.min(length, Math.max(s, t)) - Math.max(0, Math.min(s, t)) > OVERLAP_TOLERANCE_M;
}

/**
 * Whether a point ([lng, lat]) lies in the polygons: inside some polygon's outer ring and not
 * strictly inside one of its holes. Edges and vertices count as inside (a site on the drawn
 * boundary is served), also on a hole's edge.
 */
export function pointInPolygons(position: Position, polygons: ServiceAreaPolygons): boolean {
  const at = point(position);
  return polygons.coordinates.some(
    ([shell, ...holes]) =>
      booleanPointInPolygon(at, polygon([shell!])) && !holes.some((hole) => booleanPointInPolygon(at, polygon([hole]), { ignoreBoundary: true })),
  );
}

export interface ServiceArea {
  /** The depot, [lng, lat]. */
  depot: Position;
  radiusKm: number;
  polygons: ServiceAreaPolygons | null;
}

/** Straight-line (great-circle) distance from the depot, km. */
export function straightLineKm(from: Position, to: Position): number {
  return distance(point(from), point(to), { units: 'kilometers' });
}

/** Polygons replace the circle when set; otherwise the site must be within the radius of the depot. */
export function servesPoint(area: ServiceArea, site: Position): boolean {
  if (area.polygons) return pointInPolygons(site, area.polygons);
  return straightLineKm(area.depot, site) <= area.radiusKm;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
