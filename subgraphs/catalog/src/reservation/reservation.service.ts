import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError, assertId, indianDate } from '@realserv/platform';
import { GstRate } from '../gst/gst-rate.entity.js';
import { rateInForce } from '../gst/gst.js';
import { effectiveDailyRatePaise, effectivePricePaise } from '../inventory/pricing.js';
import { VendorInventory } from '../inventory/vendor-inventory.entity.js';
import { LaborCategory } from '../labor/labor-category.entity.js';
import { VendorLaborAvailability } from '../labor/vendor-labor-availability.entity.js';
import { Material } from '../material/material.entity.js';
import { ReservationItemKind, ReservationStatus } from './reservation-enums.js';
import {
  abandonedBefore,
  canRelease,
  duplicateRefId,
  isAbandoned,
  isSameRequest,
  stockMovements,
  type RequestedItem,
} from './reservation-lifecycle.js';
import type { ReserveStockInput } from './reservation.inputs.js';
import { StockReservationLine } from './stock-reservation-line.entity.js';
import { StockReservation } from './stock-reservation.entity.js';

/** A reservation with its lines, as `reserveStock` answers it (the resolver hands the lines to its loader). */
export interface ReservedStock {
  reservation: StockReservation;
  lines: StockReservationLine[];
}

interface ReservationRequest {
  reservationId: string;
  vendorId: string;
  pricingDate: string;
  items: RequestedItem[];
}

/** What a line will say about its item, before the stock is taken. */
interface ItemSnapshot {
  name: string;
  unit: string;
  unitDescription: string;
  taxCode: string;
  /** Labour only: materials are priced from the inventory row the stock is taken from. */
  unitPricePaise?: number;
  /** Materials only: the price when the vendor sets none. */
  basePricePaise?: number;
}

const WORKER_DAY = 'WORKER_DAY';
const SWEEP_BATCH = 100;

/**
 * Stock reservations for the orders subgraph. Errors tell orders what to tell the buyer:
 * BAD_USER_INPUT for a request that can never succeed (unknown item, below the minimum order,
 * no GST rate), CONFLICT for the current state of a vendor's shelf (MATERIAL_UNAVAILABLE,
 * INSUFFICIENT_STOCK, LABOUR_UNAVAILABLE) or a reused id (RESERVATION_MISMATCH).
 */
export class ReservationService {
  /**
   * Holds stock for an order, all or nothing, pricing every line. Idempotent by reservation id:
   * a retry gets the first reservation back (even once released) and never takes stock twice.
   */
  async reserve(em: EntityManager, input: ReserveStockInput): Promise<ReservedStock> {
    const request = parseRequest(input);
    const existing = await em.findOne(StockReservation, { id: request.reservationId });
    if (existing) return this.replay(em, existing, request);
    try {
      return await em.transactional((tx) => this.hold(tx, request));
    } catch (error) {
      // A concurrent call with the same id inserted the reservation first; its transaction has
      // committed by now (we waited on the primary key), so answer as for a retry.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await em.findOneOrFail(StockReservation, { id: request.reservationId });
      return this.replay(em, winner, request);
    }
  }

  /** releaseStock: puts the materials back (once) whatever the order's fate. */
  async release(em: EntityManager, reservationId: string): Promise<StockReservation> {
    const id = assertId(reservationId, 'reservationId');
    return em.transactional(async (tx) => {
      const reservation = await this.releaseForOrder(tx, id);
      if (!reservation) throw new NotFoundError('StockReservation', id);
      return reservation;
    });
  }

  /**
   * OrderCancelled / OrderRejected; call inside a transaction (the event inbox's). Null when
   * catalog never reserved for that order.
   */
  releaseForOrder(em: EntityManager, orderId: string): Promise<StockReservation | null> {
    return this.withLockedReservation(em, orderId, async (reservation) => {
      if (canRelease(reservation.status)) await this.restock(em, reservation);
    });
  }

  /**
   * OrderPlaced; call inside a transaction (the event inbox's): the hold now belongs to an order.
   * Returns the reservation's status afterwards, null when catalog never reserved for that order.
   * One conditional UPDATE (only a RESERVED hold commits, as `canCommit` says): its row lock
   * serialises it with release and the sweeper as their SELECT … FOR UPDATE does; the status is
   * read only when nothing was committed.
   */
  async commitForOrder(em: EntityManager, orderId: string): Promise<ReservationStatus | null> {
    const connection = em.getConnection();
    const committed = await connection.execute<Array<{ id: string }>>(
      'update stock_reservations set status = ?, committed_at = now(), updated_at = now() where id = ? and status = ? returning id',
      [ReservationStatus.COMMITTED, orderId, ReservationStatus.RESERVED],
      'all',
      em.getTransactionContext(),
    );
    if (committed.length) return ReservationStatus.COMMITTED;
    const [row] = await connection.execute<Array<{ status: ReservationStatus }>>(
      'select status from stock_reservations where id = ?',
      [orderId],
      'all',
      em.getTransactionContext(),
    );
    return row ? row.status : null;
  }

  /**
   * Releases holds still RESERVED `olderThanMinutes` after creation: orders reserved but never
   * placed the order (it crashed, or the buyer's request failed after reserving). Each one is
   * re-checked under its row lock, so an OrderPlaced handled meanwhile wins. Returns how many.
   */
  async releaseAbandonedReservations(em: EntityManager, olderThanMinutes: number): Promise<number> {
    let released = 0;
    for (;;) {
      const cutoff = abandonedBefore(new Date(), olderThanMinutes);
      const stale = await em.fork().find(
        StockReservation,
        { status: ReservationStatus.RESERVED, createdAt: { $lt: cutoff } },
        { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: SWEEP_BATCH },
      );
      let releasedNow = 0;
      for (const { id } of stale) {
        const done = await em.fork().transactional(async (tx) => {
          const reservation = await tx.findOne(StockReservation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!reservation || !isAbandoned(reservation, new Date(), olderThanMinutes)) return false;
          await this.restock(tx, reservation);
          return true;
        });
        if (done) releasedNow += 1;
      }
      released += releasedNow;
      // A full batch of which none could be released would come back unchanged: stop there.
      if (stale.length < SWEEP_BATCH || releasedNow === 0) return released;
    }
  }

  private async withLockedReservation(
    em: EntityManager,
    id: string,
    change: (reservation: StockReservation) => Promise<void>,
  ): Promise<StockReservation | null> {
    // The row lock serialises release, commit and the sweeper for one reservation.
    const reservation = await em.findOne(StockReservation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!reservation) return null;
    await change(reservation);
    await em.flush();
    return reservation;
  }

  private async replay(em: EntityManager, reservation: StockReservation, request: ReservationRequest): Promise<ReservedStock> {
    const lines = await em.find(StockReservationLine, { reservationId: reservation.id }, { orderBy: { position: 'asc' } });
    if (!isSameRequest({ vendorId: reservation.vendorId, items: lines }, request)) {
      throw new ConflictError(`Reservation ${reservation.id} already exists for other items.`, {
        reason: 'RESERVATION_MISMATCH',
        reservationId: reservation.id,
      });
    }
    return { reservation, lines };
  }

  /** One transaction: check and price everything, insert the reservation, then take the stock. */
  private async hold(em: EntityManager, request: ReservationRequest): Promise<ReservedStock> {
    const snapshots = new Map<string, ItemSnapshot>([
      ...(await this.checkMaterials(em, request)),
      ...(await this.checkLabour(em, request)),
    ]);
    const rates = await taxRates(em, snapshots, request.pricingDate);

    // Inserted before any stock moves: a concurrent call with the same id blocks on the primary
    // key until this commits, then fails with a unique violation instead of taking stock again.
    const reservation = em.create(StockReservation, {
      id: request.reservationId,
      vendorId: request.vendorId,
      pricingDate: request.pricingDate,
    });
    await em.flush();

    const materialPrices = new Map<string, number>();
    for (const { materialId, quantity } of stockMovements(request.items)) {
      const vendorPrice = await takeStock(em, request.vendorId, materialId, quantity);
      materialPrices.set(materialId, effectivePricePaise({ pricePaise: vendorPrice }, { basePricePaise: snapshots.get(materialId)!.basePricePaise! }));
    }
    const lines = request.items.map((item, position) => {
      const snapshot = snapshots.get(item.refId)!;
      return em.create(StockReservationLine, {
        reservationId: reservation.id,
        position,
        kind: item.kind,
        refId: item.refId,
        quantity: item.quantity,
        unitPricePaise: item.kind === ReservationItemKind.MATERIAL ? materialPrices.get(item.refId)! : snapshot.unitPricePaise!,
        gstRateBasisPoints: rates.get(snapshot.taxCode)!,
        name: snapshot.name,
        unit: snapshot.unit,
        unitDescription: snapshot.unitDescription,
        hsnOrSac: snapshot.taxCode,
      });
    });
    return { reservation, lines };
  }

  /** Materials must exist (else bad input) and be on sale by this vendor, at or above the minimum order. */
  private async checkMaterials(em: EntityManager, request: ReservationRequest): Promise<Map<string, ItemSnapshot>> {
    const items = request.items.filter((i) => i.kind === ReservationItemKind.MATERIAL);
    const snapshots = new Map<string, ItemSnapshot>();
    if (!items.length) return snapshots;
    const ids = items.map((i) => i.refId);
    const materials = new Map((await em.find(Material, { id: { $in: ids } })).map((m) => [m.id, m]));
    const rows = new Map(
      (await em.find(VendorInventory, { vendorId: request.vendorId, materialId: { $in: ids } })).map((r) => [r.materialId, r]),
    );
    for (const item of items) {
      const material = materials.get(item.refId);
      if (!material) throw unknownItem(item);
      const row = rows.get(item.refId);
      if (!material.isActive || !row || !row.isAvailable) {
        throw new ConflictError(`The vendor does not sell ${material.name} now.`, { reason: 'MATERIAL_UNAVAILABLE', refId: item.refId });
      }
      if (item.quantity < row.minOrderQuantity) {
        throw new ValidationError(`${material.name}: the vendor's minimum order is ${row.minOrderQuantity}.`, {
          reason: 'BELOW_MINIMUM_ORDER',
          refId: item.refId,
          minOrderQuantity: row.minOrderQuantity,
        });
      }
      snapshots.set(item.refId, {
        name: material.name,
        unit: material.unit,
        unitDescription: material.unitDescription,
        taxCode: material.hsnCode,
        basePricePaise: material.basePricePaise,
      });
    }
    return snapshots;
  }

  /** Trades must exist and the vendor must have workers available; workers are capacity, not stock. */
  private async checkLabour(em: EntityManager, request: ReservationRequest): Promise<Map<string, ItemSnapshot>> {
    const items = request.items.filter((i) => i.kind === ReservationItemKind.LABOUR);
    const snapshots = new Map<string, ItemSnapshot>();
    if (!items.length) return snapshots;
    const ids = items.map((i) => i.refId);
    const trades = new Map((await em.find(LaborCategory, { id: { $in: ids } })).map((t) => [t.id, t]));
    const offers = new Map(
      (await em.find(VendorLaborAvailability, { vendorId: request.vendorId, laborCategoryId: { $in: ids } })).map((o) => [
        o.laborCategoryId,
        o,
      ]),
    );
    for (const item of items) {
      const trade = trades.get(item.refId);
      if (!trade) throw unknownItem(item);
      const offer = offers.get(item.refId);
      if (!trade.isActive || !offer || !offer.isAvailable || offer.workersAvailable < 1) {
        throw new ConflictError(`The vendor has no ${trade.name} workers available.`, { reason: 'LABOUR_UNAVAILABLE', refId: item.refId });
      }
      snapshots.set(item.refId, {
        name: trade.name,
        unit: WORKER_DAY,
        unitDescription: 'One worker for one day (8 hours)',
        taxCode: trade.sacCode,
        unitPricePaise: effectiveDailyRatePaise(offer, trade),
      });
    }
    return snapshots;
  }

  /** Gives a reservation's materials back to the vendor's stock and marks it RELEASED. */
  private async restock(em: EntityManager, reservation: StockReservation): Promise<void> {
    const lines = await em.find(StockReservationLine, { reservationId: reservation.id });
    for (const { materialId, quantity } of stockMovements(lines)) {
      // Relative, never "set to": sales and vendor edits since the reservation stay intact. A
      // row the vendor has since deleted has nothing to return to.
      await em.getConnection().execute(
        'update vendor_inventories set stock_quantity = stock_quantity + ?, updated_at = now() where vendor_id = ? and material_id = ?',
        [quantity, reservation.vendorId, materialId],
        'run',
        em.getTransactionContext(),
      );
    }
    reservation.status = ReservationStatus.RELEASED;
    reservation.releasedAt = new Date();
  }
}

/**
 * Takes `quantity` from the vendor's stock with one conditional UPDATE: the row lock and the
 * `stock_quantity >= ?` test make concurrent reservations of the last units safe (no read,
 * then write). Returns the vendor's price at that moment (null: the catalog base price).
 */
async function takeStock(em: EntityManager, vendorId: string, materialId: string, quantity: number): Promise<number | null> {
  const connection = em.getConnection();
  const taken = await connection.execute<Array<{ price_paise: string | number | null }>>(
    `update vendor_inventories set stock_quantity = stock_quantity - ?, updated_at = now()
      where vendor_id = ? and material_id = ? and is_available and stock_quantity >= ?
      returning price_paise`,
    [quantity, vendorId, materialId, quantity],
    'all',
    em.getTransactionContext(),
  );
  if (taken.length === 1) return taken[0]!.price_paise === null ? null : Number(taken[0]!.price_paise);
  const [row] = await connection.execute<Array<{ stock_quantity: number; is_available: boolean }>>(
    'select stock_quantity, is_available from vendor_inventories where vendor_id = ? and material_id = ?',
    [vendorId, materialId],
    'all',
    em.getTransactionContext(),
  );
  if (!row?.is_available) {
    throw new ConflictError('The vendor does not sell this material now.', { reason: 'MATERIAL_UNAVAILABLE', refId: materialId });
  }
  throw new ConflictError(`Only ${row.stock_quantity} left in stock.`, {
    reason: 'INSUFFICIENT_STOCK',
    refId: materialId,
    available: row.stock_quantity,
  });
}

/** The GST rate in force on the pricing date for each code; an item without one cannot be invoiced. */
async function taxRates(em: EntityManager, snapshots: Map<string, ItemSnapshot>, pricingDate: string): Promise<Map<string, number>> {
  const codes = [...new Set([...snapshots.values()].map((s) => s.taxCode))];
  const rows = await em.find(GstRate, { hsnCode: { $in: codes } });
  const rates = new Map<string, number>();
  for (const [refId, snapshot] of snapshots) {
    const rate = rateInForce(rows.filter((r) => r.hsnCode === snapshot.taxCode), pricingDate);
    if (!rate) {
      throw new ValidationError(`No GST rate for ${snapshot.taxCode} on ${pricingDate}.`, {
        reason: 'NO_GST_RATE',
        refId,
        hsnOrSac: snapshot.taxCode,
        pricingDate,
      });
    }
    rates.set(snapshot.taxCode, rate.rateBasisPoints);
  }
  return rates;
}

function parseRequest(input: ReserveStockInput): ReservationRequest {
  const items = input.items.map((item) => ({ kind: item.kind, refId: assertId(item.refId, 'refId'), quantity: item.quantity }));
  const duplicate = duplicateRefId(items);
  if (duplicate) throw new ValidationError('Each material or trade may appear once.', { field: 'items', refId: duplicate });
  const pricingDate = input.pricingDate ?? indianDate();
  if (!isCalendarDate(pricingDate)) {
    throw new ValidationError('pricingDate is not a real date.', { field: 'pricingDate' });
  }
  return {
    reservationId: assertId(input.reservationId, 'reservationId'),
    vendorId: assertId(input.vendorId, 'vendorId'),
    pricingDate,
    items,
  };
}

/** YYYY-MM-DD naming a real day (not 2025-02-30). */
function isCalendarDate(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

function unknownItem(item: RequestedItem): ValidationError {
  const what = item.kind === ReservationItemKind.MATERIAL ? 'material' : 'labour category';
  return new ValidationError(`refId ${item.refId} does not name a ${what}.`, { reason: 'UNKNOWN_ITEM', field: 'refId', refId: item.refId });
}
