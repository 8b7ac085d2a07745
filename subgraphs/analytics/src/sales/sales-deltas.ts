/**
 * The maths of the sales read model, as pure functions: what one order adds to (or takes from)
 * each `daily_sales` row it counts in. Rows are keyed by the India day the order was PLACED,
 * so a cancellation or refund weeks later corrects that day's net figure (a cohort view: a day's
 * net GMV is what that day's orders finally came to).
 *
 * - gross GMV: the totals (tax and delivery included) of every order placed;
 * - net GMV: gross minus the totals of orders since cancelled or rejected, minus refunds on
 *   orders that stayed open (a closed order's refund is already inside its cancellation);
 * - CATEGORY and MATERIAL rows count line totals (tax included, delivery excluded) and each
 *   order once per key it has lines in; VENDOR_MATERIAL (key `vendorId|materialId`) is the same
 *   per vendor, for a vendor's own sales by material.
 */

export type SalesDimension = 'ALL' | 'CITY' | 'VENDOR' | 'CATEGORY' | 'MATERIAL' | 'VENDOR_MATERIAL';
export const ALL_KEY = 'all';

export interface OrderLineShape {
  /** Material id (MATERIAL lines) or null for labour. */
  materialId: string | null;
  name: string;
  /** Catalog category of the material, or the trade for labour lines. */
  categoryId: string;
  categoryName: string;
  totalPaise: number;
}

/** What the read model keeps of an order to attribute it (analytics' `order_facts` row). */
export interface OrderShape {
  orderId: string;
  vendorId: string;
  vendorName: string;
  city: string;
  placedOn: string;
  paymentMethod: 'ONLINE' | 'COD';
  totalPaise: number;
  lines: OrderLineShape[];
}

/** One change to one `daily_sales` row (added to what is there). */
export interface SalesDelta {
  day: string;
  dimension: SalesDimension;
  key: string;
  label: string;
  orders: number;
  gmvPaise: number;
  netGmvPaise: number;
  cancelledOrders: number;
  refundedPaise: number;
  codOrders: number;
  onlineOrders: number;
}

/** City keys ignore case and spacing ("new  delhi" and "New Delhi" are one city). */
export function cityKey(city: string): string {
  return city.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function vendorMaterialKey(vendorId: string, materialId: string): string {
  return `${vendorId}|${materialId}`;
}

/** The rows an order counts in, each with the part of the order's money it carries. */
export function attributionOf(order: OrderShape): Array<{ dimension: SalesDimension; key: string; label: string; sharePaise: number }> {
  const rows: Array<{ dimension: SalesDimension; key: string; label: string; sharePaise: number }> = [
    { dimension: 'ALL', key: ALL_KEY, label: 'All orders', sharePaise: order.totalPaise },
    { dimension: 'CITY', key: cityKey(order.city), label: order.city.trim().replace(/\s+/g, ' '), sharePaise: order.totalPaise },
    { dimension: 'VENDOR', key: order.vendorId, label: order.vendorName, sharePaise: order.totalPaise },
  ];
  const sum = (dimension: SalesDimension, keyOf: (l: OrderLineShape) => string | null, labelOf: (l: OrderLineShape) => string) => {
    const byKey = new Map<string, { label: string; sharePaise: number }>();
    for (const line of order.lines) {
      const key = keyOf(line);
      if (key === null) continue;
      const row = byKey.get(key) ?? { label: labelOf(line), sharePaise: 0 };
      row.sharePaise += line.totalPaise;
      byKey.set(key, row);
    }
    for (const [key, row] of byKey) rows.push({ dimension, key, ...row });
  };
  sum('CATEGORY', (l) => l.categoryId, (l) => l.categoryName);
  sum('MATERIAL', (l) => l.materialId, (l) => l.name);
  sum('VENDOR_MATERIAL', (l) => (l.materialId ? vendorMaterialKey(order.vendorId, l.materialId) : null), (l) => l.name);
  return rows;
}

const zero = { orders: 0, gmvPaise: 0, netGmvPaise: 0, cancelledOrders: 0, refundedPaise: 0, codOrders: 0, onlineOrders: 0 };

/** Placing: one order, its gross and (for now) net, COD or online. */
export function placedDeltas(order: OrderShape): SalesDelta[] {
  const cod = order.paymentMethod === 'COD' ? 1 : 0;
  return attributionOf(order).map((row) => ({
    day: order.placedOn,
    dimension: row.dimension,
    key: row.key,
    label: row.label,
    ...zero,
    orders: 1,
    gmvPaise: row.sharePaise,
    netGmvPaise: row.sharePaise,
    codOrders: cod,
    onlineOrders: 1 - cod,
  }));
}

/** `amount` split by share (share / total), rounded to paise. */
function prorate(amountPaise: number, sharePaise: number, totalPaise: number): number {
  return totalPaise === 0 ? 0 : Math.round((amountPaise * sharePaise) / totalPaise);
}

/**
 * Cancelled or rejected: counted as cancelled, and what is left of its net leaves the net
 * (its total less the refunds already taken off while it was open).
 */
export function closedDeltas(order: OrderShape, refundedWhileOpenPaise: number): SalesDelta[] {
  return attributionOf(order).map((row) => ({
    day: order.placedOn,
    dimension: row.dimension,
    key: row.key,
    label: row.label,
    ...zero,
    cancelledOrders: 1,
    netGmvPaise: -(row.sharePaise - prorate(refundedWhileOpenPaise, row.sharePaise, order.totalPaise)),
  }));
}

/** A refund: always counted as refunded; taken off the net only while the order is open. */
export function refundDeltas(order: OrderShape, amountPaise: number, orderClosed: boolean): SalesDelta[] {
  return attributionOf(order).map((row) => {
    const share = prorate(amountPaise, row.sharePaise, order.totalPaise);
    return { day: order.placedOn, dimension: row.dimension, key: row.key, label: row.label, ...zero, refundedPaise: share, netGmvPaise: orderClosed ? 0 : -share };
  });
}

/** Deltas for the same row summed into one (one upsert statement may touch a row only once). */
export function mergeSalesDeltas(deltas: Iterable<SalesDelta>): SalesDelta[] {
  const merged = new Map<string, SalesDelta>();
  for (const d of deltas) {
    const id = `${d.day}|${d.dimension}|${d.key}`;
    const row = merged.get(id);
    if (!row) {
      merged.set(id, { ...d });
      continue;
    }
    row.label = d.label;
    row.orders += d.orders;
    row.gmvPaise += d.gmvPaise;
    row.netGmvPaise += d.netGmvPaise;
    row.cancelledOrders += d.cancelledOrders;
    row.refundedPaise += d.refundedPaise;
    row.codOrders += d.codOrders;
    row.onlineOrders += d.onlineOrders;
  }
  return [...merged.values()];
}
