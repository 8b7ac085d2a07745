/**
 * Human-friendly ticket numbers, `TKT-YYMM-NNNNNN`, in the order numbers' scheme (order-number.ts):
 * the Indian calendar month the ticket was opened in and its sequence within that month.
 */
import { formatOrderNumber } from '../order/order-number.js';

export function formatTicketNumber(openedAt: Date, sequence: number): string {
  return `TKT-${formatOrderNumber(openedAt, sequence).slice('RS-'.length)}`;
}

/** The counter key of the month a ticket opened at `openedAt` belongs to, e.g. 2611. */
export function ticketMonth(openedAt: Date): string {
  return formatOrderNumber(openedAt, 1).slice(3, 7);
}
