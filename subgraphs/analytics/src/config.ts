import { z } from 'zod';

/** The analytics subgraph's settings: its peers (SERVICE calls that enrich events). */
export const analyticsConfigSchema = z.object({
  PEER_ORDERS_URL: z.string().url(),
  PEER_ORDERS_KEY: z.string().min(32),
  PEER_CATALOG_URL: z.string().url(),
  PEER_CATALOG_KEY: z.string().min(32),
  PEER_VENDORS_URL: z.string().url(),
  PEER_VENDORS_KEY: z.string().min(32),
});
