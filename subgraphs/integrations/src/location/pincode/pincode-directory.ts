import { readFileSync } from 'node:fs';
import { haversineMeters, type LatLng } from '../geo.js';

/** One pincode of the shipped directory: its states and, for most, a centroid. */
export interface PincodeEntry {
  pincode: string;
  states: string[];
  centroid: LatLng | null;
}

/**
 * India's pincodes with their states and centroids (data/pincode-centroids.tsv, built by
 * scripts/build-pincode-centroids.mjs; sources and licences in docs/location.md). The offline
 * fallback's geocoder and the pincode/state check read it; parsed once, ~19,000 rows.
 */
export class PincodeDirectory {
  private readonly byPincode = new Map<string, PincodeEntry>();
  private readonly located: PincodeEntry[] = [];

  constructor(tsv: string) {
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [pincode, lat, lng, states] = line.split('\t');
      const entry: PincodeEntry = { pincode: pincode!, states: states!.split('|'), centroid: lat && lng ? { lat: Number(lat), lng: Number(lng) } : null };
      this.byPincode.set(entry.pincode, entry);
      if (entry.centroid) this.located.push(entry);
    }
  }

  /** Reads the directory shipped with this package (data/ sits at the same depth from src/ and dist/); once per start. */
  static shipped(): PincodeDirectory {
    return new PincodeDirectory(readFileSync(new URL('../../../data/pincode-centroids.tsv', import.meta.url), 'utf8'));
  }

  get size(): number {
    return this.byPincode.size;
  }

  find(pincode: string): PincodeEntry | undefined {
    return this.byPincode.get(pincode);
  }

  /** The pincode whose centroid is nearest (a linear scan: reverse geocoding only when the provider is down). */
  nearest(point: LatLng): { entry: PincodeEntry; meters: number } | null {
    let best: { entry: PincodeEntry; meters: number } | null = null;
    for (const entry of this.located) {
      const meters = haversineMeters(point, entry.centroid!);
      if (!best || meters < best.meters) best = { entry, meters };
    }
    return best;
  }
}
