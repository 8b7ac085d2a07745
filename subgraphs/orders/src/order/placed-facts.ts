import type { OrderItem } from './order.entity.js';

/**
 * What OrderPlaced carries besides the order's ids and money: the delivery city and the lines as
 * written, so analytics breaks a sale down without asking orders for it (#12). One mapping for a
 * buyer's order and a dispute's replacement.
 */
export function placedFacts(city: string, items: readonly OrderItem[]) {
  return {
    deliveryCity: city,
    lines: items.map((item) => ({ kind: item.kind, refId: item.refId, name: item.name, lineTotalPaise: item.lineTotalPaise })),
  };
}
