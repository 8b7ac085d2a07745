import type { Caller } from '@realserv/platform';

/** How a caller takes part in a ticket: as support, as the one who opened it, or as the vendor of its order. */
export type TicketRole = 'ADMIN' | 'BUYER' | 'VENDOR';

export interface TicketParties {
  openerUserId: string;
  /** BUYER or VENDOR. */
  openerRole: string;
  /** The opener's vendor (a vendor's own ticket), or null. */
  openerVendorId: string | null;
  /** The vendor of the ticket's order, or null (no order, or the vendor opened it). */
  orderVendorId: string | null;
}

/**
 * Who may see a ticket and in which role: admins; its opener; and the vendor of its order, who
 * may read and reply to a buyer's ticket about that order. Anyone else gets null (NOT_FOUND).
 * Pure, so the rule is the same for the ticket, its messages, lists and live updates.
 */
export function ticketRoleOf(caller: Caller | null | undefined, ticket: TicketParties): TicketRole | null {
  if (!caller) return null;
  if (caller.roles.includes('ADMIN')) return 'ADMIN';
  if (caller.userId !== null && caller.userId === ticket.openerUserId) return ticket.openerRole === 'VENDOR' ? 'VENDOR' : 'BUYER';
  const vendorId = caller.roles.includes('VENDOR') ? caller.vendorId : null;
  if (vendorId && (vendorId === ticket.openerVendorId || vendorId === ticket.orderVendorId)) return 'VENDOR';
  return null;
}

/** Internal notes are support's own: only admins ever read them, through any field, list or count. */
export function seesInternalNotes(role: TicketRole | null): boolean {
  return role === 'ADMIN';
}
