import { ReservationItemKind, ReservationStatus } from './reservation-enums.js';
import {
  abandonedBefore,
  canCommit,
  canRelease,
  duplicateRefId,
  isAbandoned,
  isSameRequest,
  stockMovements,
} from './reservation-lifecycle.js';

const { MATERIAL, LABOUR } = ReservationItemKind;
const { RESERVED, COMMITTED, RELEASED } = ReservationStatus;
const cement = 'c0000000-0000-4000-8000-000000000001';
const steel = 'a0000000-0000-4000-8000-000000000002';
const mason = 'b0000000-0000-4000-8000-000000000003';
const vendor = 'd0000000-0000-4000-8000-000000000004';

describe('stock reservation moves', () => {
  it('commits only a live hold', () => {
    expect(canCommit(RESERVED)).toBe(true);
    expect(canCommit(COMMITTED)).toBe(false);
    expect(canCommit(RELEASED)).toBe(false);
  });

  it('gives stock back once, whether or not the order was placed', () => {
    expect(canRelease(RESERVED)).toBe(true);
    expect(canRelease(COMMITTED)).toBe(true);
    expect(canRelease(RELEASED)).toBe(false);
  });
});

describe('abandoned holds', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('are RESERVED holds older than the time to live', () => {
    expect(abandonedBefore(now, 15)).toEqual(new Date('2026-11-25T09:45:00Z'));
    expect(isAbandoned({ status: RESERVED, createdAt: new Date('2026-11-25T09:44:59Z') }, now, 15)).toBe(true);
    expect(isAbandoned({ status: RESERVED, createdAt: new Date('2026-11-25T09:45:00Z') }, now, 15)).toBe(false);
  });

  it('never include holds an order has claimed or that are already released', () => {
    const longAgo = new Date('2026-11-24T00:00:00Z');
    expect(isAbandoned({ status: COMMITTED, createdAt: longAgo }, now, 15)).toBe(false);
    expect(isAbandoned({ status: RELEASED, createdAt: longAgo }, now, 15)).toBe(false);
  });

  it('refuses a time to live that is not whole positive minutes', () => {
    expect(() => abandonedBefore(now, 0)).toThrow(RangeError);
    expect(() => abandonedBefore(now, 1.5)).toThrow(RangeError);
  });
});

describe('a retried reservation', () => {
  const held = {
    vendorId: vendor,
    items: [
      { kind: MATERIAL, refId: cement, quantity: 10 },
      { kind: LABOUR, refId: mason, quantity: 3 },
    ],
  };

  it('is the same request with the same vendor and items, in any order or id case', () => {
    expect(isSameRequest(held, { vendorId: vendor, items: [...held.items].reverse() })).toBe(true);
    expect(isSameRequest(held, { vendorId: vendor, items: held.items.map((i) => ({ ...i, refId: i.refId.toUpperCase() })) })).toBe(true);
  });

  it('is a different request when the vendor, a quantity, a kind or the item list differs', () => {
    expect(isSameRequest(held, { ...held, vendorId: steel })).toBe(false);
    expect(isSameRequest(held, { vendorId: vendor, items: [{ ...held.items[0]!, quantity: 11 }, held.items[1]!] })).toBe(false);
    expect(isSameRequest(held, { vendorId: vendor, items: [held.items[0]!, { ...held.items[1]!, kind: MATERIAL }] })).toBe(false);
    expect(isSameRequest(held, { vendorId: vendor, items: [held.items[0]!] })).toBe(false);
    expect(isSameRequest(held, { vendorId: vendor, items: [...held.items, { kind: MATERIAL, refId: steel, quantity: 1 }] })).toBe(false);
  });
});

describe('stock movements', () => {
  it('move materials only, in material id order so concurrent transactions lock rows alike', () => {
    const moves = stockMovements([
      { kind: MATERIAL, refId: cement, quantity: 10 },
      { kind: LABOUR, refId: mason, quantity: 3 },
      { kind: MATERIAL, refId: steel, quantity: 2 },
    ]);
    expect(moves).toEqual([
      { materialId: steel, quantity: 2 },
      { materialId: cement, quantity: 10 },
    ]);
  });

  it('finds an item asked for twice', () => {
    expect(duplicateRefId([{ refId: cement }, { refId: steel }])).toBeUndefined();
    expect(duplicateRefId([{ refId: cement }, { refId: steel }, { refId: cement.toUpperCase() }])).toBe(cement.toUpperCase());
  });
});
