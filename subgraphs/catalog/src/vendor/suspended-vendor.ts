import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { raw, type Opt } from '@mikro-orm/core';
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

/**
 * A filter leaving out suspended vendors' offers: an anti-join inside the offers query itself, so
 * it costs no statement of its own (#12: it was one query per batch of offers) and every replica
 * sees a suspension as soon as it commits. (An in-process set fed by the events would be stale in
 * the replicas that did not consume the event: each event reaches one of them.) A fresh fragment
 * per query: MikroORM's raw keys are single-use. Search has the same condition in SQL
 * (search/catalog-query.ts, NOT_SUSPENDED_SQL).
 */
export function notSuspended(): Record<symbol, never[]> {
  return { [raw((offer: string) => `not exists (select 1 from suspended_vendors sv where sv.vendor_id = ${offer}.vendor_id)`)]: [] };
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
