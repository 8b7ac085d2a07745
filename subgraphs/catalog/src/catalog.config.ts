import { z } from 'zod';

/** Catalog's own settings, on top of every subgraph's (platform parses both once, at start). */
export const catalogConfigSchema = z.object({
  /** Minutes a stock reservation may stay RESERVED before the sweeper gives the stock back. */
  RESERVATION_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** integrations, called as SERVICE to record and release the media references of material images. */
  PEER_INTEGRATIONS_URL: z.string().url(),
  PEER_INTEGRATIONS_KEY: z.string().min(32),
});
