import { z } from 'zod';
import { baseConfigSchema, envBoolean } from '../config.js';

/** Settings every subgraph needs, on top of the shared base. */
export const subgraphConfigSchema = baseConfigSchema.extend({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_DEBUG_SQL: envBoolean.default(false),
  /** HMAC key this subgraph shares with the gateway for the signed caller header. */
  CALLER_KEY: z.string().min(32, 'CALLER_KEY must be at least 32 characters'),
  CALLER_MAX_AGE_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  /** The shared events database (pg-boss), required by subgraphs that publish or consume events. */
  EVENTS_DATABASE_URL: z.string().url('EVENTS_DATABASE_URL must be a postgres:// URL').optional(),
  /**
   * Peers allowed to call this subgraph as SERVICE, with the key each signs with:
   * "orders:<key>,payments:<key>". Empty: only the gateway may call.
   */
  PEER_KEYS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      // A Map, not an object: the issuer comes from the (unverified) header, and a lookup such as
      // keys['constructor'] on a plain object would find Object.prototype members.
      const keys = new Map<string, string>();
      for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
        const [peer, key] = entry.split(':');
        if (!peer || !key || key.length < 32) {
          ctx.addIssue({ code: 'custom', message: 'PEER_KEYS entries must be "<subgraph>:<key of 32+ characters>"' });
          return z.NEVER;
        }
        keys.set(peer, key);
      }
      return keys;
    }),
  /** Redis for live-event fan-out to gateways (instead of PostgreSQL NOTIFY on the events database). */
  REDIS_URL: z.string().url('REDIS_URL must be a redis:// URL').optional(),
  MIGRATE_ON_START: envBoolean.default(false),
  SEED_DEMO_DATA: envBoolean.default(false),
});

export type SubgraphConfig = z.infer<typeof subgraphConfigSchema>;
