import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { id, orderFields } from './fields.js';

/**
 * Events the catalog subgraph records when what anyone may read changes. Gateways drop their
 * cached catalog answers on either (docs/caching.md); nothing consumes them durably yet.
 */

/** Public catalog answers (categories, materials, trades, offers) change: the gateway's response cache. */
const CATALOG_FEED = { feed: 'catalog' } as const;

export const CatalogChanged = defineEvent({
  name: 'CatalogChanged',
  version: 1,
  producer: 'catalog',
  description: 'An admin created, changed or archived a category, material or trade, or added a GST rate: catalog answers read before are stale.',
  schema: z.object({
    entity: z.enum(['Category', 'Material', 'LaborCategory', 'GstRate']).describe('What kind of record changed.'),
    entityId: id('The record that changed.'),
  }),
  live: { ...CATALOG_FEED, keys: ['entityId'] },
});

export const InventoryChanged = defineEvent({
  name: 'InventoryChanged',
  version: 1,
  producer: 'catalog',
  description: "A vendor wrote its material inventory or labour offers (price, stock, availability): offers read before are stale. Stock held or released for orders does not record it.",
  schema: z.object({
    vendorId: orderFields.vendorId.describe('The vendor whose offers changed.'),
    offers: z.enum(['MATERIALS', 'LABOUR']).describe('Which of its offers: material inventory or labour offers.'),
  }),
  live: { ...CATALOG_FEED, keys: ['vendorId'] },
});
