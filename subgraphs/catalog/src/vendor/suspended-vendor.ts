import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { on, recordEvent, type EventSubscription } from '@realserv/platform';
import { InventoryChanged, VendorReactivated, VendorSuspended } from '@realserv/contracts';

/**
 * Vendors an admin suspended (vendors' VendorSuspended, until VendorReactivated): their offers
 * are left out of every public read (loaders and catalog search), never deleted, so reactivation
 * shows them again as they were. The vendor and admins still see them (`myInventory`, the
 * vendor's own `Vendor.inventory`).
 */
@Entity({ tableName: 'suspended_vendors' })
export class SuspendedVendor {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'timestamptz' })
  suspendedAt: Date & Opt = new Date();
}

/** A filter leaving out suspended vendors' offers (one query on a table of a few rows). */
export async function notSuspended(em: EntityManager): Promise<{ vendorId?: { $nin: string[] } }> {
  const ids = (await em.find(SuspendedVendor, {}, { fields: ['vendorId'] })).map((s) => s.vendorId);
  return ids.length ? { vendorId: { $nin: ids } } : {};
}

/**
 * Both events record InventoryChanged in the inbox transaction, so every gateway drops its cached
 * catalog answers (docs/caching.md, "Invalidation") and the offers vanish or return at once.
 */
export function suspensionSubscriptions(): EventSubscription[] {
  const changed = (em: EntityManager, vendorId: string) => {
    recordEvent(em, InventoryChanged, { vendorId, offers: 'MATERIALS' });
    recordEvent(em, InventoryChanged, { vendorId, offers: 'LABOUR' });
  };
  return [
    on(VendorSuspended, 'hide-offers-of-suspended-vendor', async (event, em) => {
      const vendorId = event.payload.vendorId.toLowerCase();
      await em.upsert(SuspendedVendor, { vendorId, suspendedAt: new Date() });
      changed(em, vendorId);
    }),
    on(VendorReactivated, 'show-offers-of-reactivated-vendor', async (event, em) => {
      const vendorId = event.payload.vendorId.toLowerCase();
      await em.nativeDelete(SuspendedVendor, { vendorId });
      changed(em, vendorId);
    }),
  ];
}
