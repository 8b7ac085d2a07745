/**
 * The rules of a stock reservation, as plain functions (no I/O):
 *
 *   RESERVED ──OrderPlaced──▶ COMMITTED
 *      │                         │
 *      └─ releaseStock, OrderCancelled/OrderRejected, sweeper (RESERVED only) ─▶ RELEASED
 *
 * RELEASED is final; every move is idempotent because events and peer calls are at-least-once.
 */
import { ReservationItemKind, ReservationStatus } from './reservation-enums.js';

export interface RequestedItem {
  kind: ReservationItemKind;
  refId: string;
  quantity: number;
}

/** OrderPlaced turns a live hold into the order's stock; anything else is left as it is. */
export function canCommit(status: ReservationStatus): boolean {
  return status === ReservationStatus.RESERVED;
}

/** Stock goes back on the shelf exactly once, whether or not the order had been placed. */
export function canRelease(status: ReservationStatus): boolean {
  return status !== ReservationStatus.RELEASED;
}

/** Holds created before this instant whose order never arrived are abandoned. */
export function abandonedBefore(now: Date, ttlMinutes: number): Date {
  if (!Number.isInteger(ttlMinutes) || ttlMinutes < 1) throw new RangeError('ttlMinutes must be a whole number of minutes ≥ 1');
  return new Date(now.getTime() - ttlMinutes * 60_000);
}

/** Only a hold nobody claimed is swept: a COMMITTED reservation belongs to a real order. */
export function isAbandoned(reservation: { status: ReservationStatus; createdAt: Date }, now: Date, ttlMinutes: number): boolean {
  return reservation.status === ReservationStatus.RESERVED && reservation.createdAt < abandonedBefore(now, ttlMinutes);
}

/**
 * A retried `reserveStock` (same reservation id) is the same request when the vendor and the
 * items (kind, ref id, quantity; order aside) match; anything else is a different order reusing the id.
 */
export function isSameRequest(
  held: { vendorId: string; items: RequestedItem[] },
  asked: { vendorId: string; items: RequestedItem[] },
): boolean {
  if (held.vendorId !== asked.vendorId || held.items.length !== asked.items.length) return false;
  const key = (i: RequestedItem) => `${i.kind}:${i.refId.toLowerCase()}:${i.quantity}`;
  const heldKeys = new Set(held.items.map(key));
  return asked.items.every((item) => heldKeys.has(key(item)));
}

/**
 * The stock movements of a set of lines, one per material, in material id order: every
 * transaction touching several inventory rows locks them in the same order, so two
 * reservations (or a reservation and a release) for the same vendor cannot deadlock.
 */
export function stockMovements(lines: RequestedItem[]): Array<{ materialId: string; quantity: number }> {
  return lines
    .filter((line) => line.kind === ReservationItemKind.MATERIAL)
    .map((line) => ({ materialId: line.refId, quantity: line.quantity }))
    .sort((a, b) => (a.materialId < b.materialId ? -1 : a.materialId > b.materialId ? 1 : 0));
}

/** The first ref id asked for twice, if any: one line per material or trade keeps quantities unambiguous. */
export function duplicateRefId(items: Array<{ refId: string }>): string | undefined {
  const seen = new Set<string>();
  for (const { refId } of items) {
    const id = refId.toLowerCase();
    if (seen.has(id)) return refId;
    seen.add(id);
  }
  return undefined;
}
