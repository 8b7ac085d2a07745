/** Headline-figure arithmetic on pre-aggregated day rows: pure, unit-tested. */

export interface SalesTotals {
  orders: number;
  gmvPaise: number;
  netGmvPaise: number;
  cancelledOrders: number;
  refundedPaise: number;
  codOrders: number;
  onlineOrders: number;
}

export const NO_SALES: SalesTotals = { orders: 0, gmvPaise: 0, netGmvPaise: 0, cancelledOrders: 0, refundedPaise: 0, codOrders: 0, onlineOrders: 0 };

/** Average order value: gross GMV over orders, rounded to the paisa (0 with no orders). */
export function averageOrderValuePaise(totals: Pick<SalesTotals, 'orders' | 'gmvPaise'>): number {
  return totals.orders === 0 ? 0 : Math.round(totals.gmvPaise / totals.orders);
}

/** Share of orders placed as cash on delivery, in per cent with two decimals (0 with no orders). */
export function codSharePercent(totals: Pick<SalesTotals, 'orders' | 'codOrders'>): number {
  return totals.orders === 0 ? 0 : Math.round((totals.codOrders / totals.orders) * 10_000) / 100;
}

/** A ratio rounded to four decimals, or null when nothing was attempted (no rate to show). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Online payment success: captures over captures plus failed attempts (a retried order counts each failure). */
export function onlinePaymentSuccessRate(onlineCaptured: number, onlineFailed: number): number | null {
  return rate(onlineCaptured, onlineCaptured + onlineFailed);
}
