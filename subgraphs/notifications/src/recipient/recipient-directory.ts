import { LRUCache } from 'lru-cache';
import type { PeerClient } from '@realserv/platform';
import { AdminNotificationRecipientsDocument, NotificationRecipientsDocument } from '../ports/generated/identity.js';
import { OrderForNotificationDocument } from '../ports/generated/orders.js';
import { DeliveryOtpToSendDocument, SettlementSummaryDocument, VendorContactsDocument } from '../ports/generated/vendors.js';

/** How to reach a user: from identity, at the time the event is handled. */
export interface Recipient {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  language: 'en' | 'hi';
  active: boolean;
}

export interface VendorContact {
  id: string;
  businessName: string;
  ownerUserId: string;
}

export interface OrderFacts {
  id: string;
  orderNumber: string;
  paymentMethod: 'ONLINE' | 'COD';
  totalPaise: number;
  buyerId: string;
  vendorId: string;
}

/**
 * How long a vendor's contact (its owner and business name) is reused in this process. Every order
 * event names its vendor; a few busy vendors receive most of them. No event announces a change of
 * business name or owner, so this bounds how old a name in a message can be. Recipients (identity)
 * are never cached: a suspended user must get nothing from the next event on.
 */
export const VENDOR_CONTACT_TTL_MS = 30_000;

/**
 * What notifications learns from its peers over signed SERVICE calls (typed by codegen from
 * src/ports/*.peer.graphql): recipients' contact details and language (identity), vendors'
 * owners and names, settlement summaries and the live delivery code (vendors), orders (orders).
 * A failing peer throws: the event handler fails and its event is retried.
 */
export class RecipientDirectory {
  /** Found vendors only (a missing one is asked again); concurrent lookups of one vendor share one call. */
  private readonly vendors: LRUCache<string, VendorContact>;

  constructor(
    private readonly peers: { identity: PeerClient; vendors: PeerClient; orders: PeerClient },
    options: { vendorTtlMs?: number; now?: () => number } = {},
  ) {
    this.vendors = new LRUCache<string, VendorContact>({
      max: 10_000,
      ttl: options.vendorTtlMs ?? VENDOR_CONTACT_TTL_MS,
      ...(options.now ? { perf: { now: options.now } } : {}),
      fetchMethod: async (vendorId) => {
        const data = await this.peers.vendors.request(VendorContactsDocument, { ids: [vendorId] });
        return data.vendorContacts[0] ?? undefined;
      },
    });
  }

  async recipients(userIds: string[]): Promise<Map<string, Recipient>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const data = await this.peers.identity.request(NotificationRecipientsDocument, { ids });
    return new Map(
      data.notificationRecipients.map((u) => [
        u.id,
        // Templates exist in English and Hindi; other languages read English (the issue's fallback).
        { id: u.id, fullName: u.fullName, email: u.email, phone: u.phone, language: u.preferredLanguage === 'HI' ? 'hi' : 'en', active: u.status === 'ACTIVE' },
      ]),
    );
  }

  /** The active admins' user ids (identity decides who is an admin, at the time of the event). */
  async adminIds(): Promise<string[]> {
    const data = await this.peers.identity.request(AdminNotificationRecipientsDocument, {});
    return data.adminNotificationRecipients.map((u) => u.id);
  }

  async vendor(vendorId: string): Promise<VendorContact | null> {
    return (await this.vendors.fetch(vendorId)) ?? null;
  }

  async order(orderId: string): Promise<OrderFacts> {
    const { order } = await this.peers.orders.request(OrderForNotificationDocument, { id: orderId });
    return {
      id: order.id,
      orderNumber: order.orderNumber,
      paymentMethod: order.paymentMethod,
      totalPaise: order.total.paise,
      buyerId: order.buyer.id,
      vendorId: order.vendor.id,
    };
  }

  async settlement(settlementId: string): Promise<{ periodStart: string; periodEnd: string; netPayoutPaise: number } | null> {
    const data = await this.peers.vendors.request(SettlementSummaryDocument, { id: settlementId });
    return data.settlementSummary;
  }

  /** The live delivery code, or null once used, expired or locked. Never log the result. */
  async deliveryOtp(deliveryId: string): Promise<string | null> {
    const data = await this.peers.vendors.request(DeliveryOtpToSendDocument, { deliveryId });
    return data.deliveryOtpToSend;
  }
}
