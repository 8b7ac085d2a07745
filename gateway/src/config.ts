import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { authEmulatorProblem, baseConfigSchema, envBoolean, firebaseConfigSchema, parseConfig } from '@realserv/platform';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
/** The manifests codegen writes for the first-party clients (copied beside the gateway in images). */
const defaultManifests = [
  ...['buyer-app', 'vendor-web', 'admin', 'admin-dashboard'].map((app) => `clients/${app}/generated`),
  // The WhatsApp vendor bot's documents (clients/whatsapp-bot/*.graphql) are generated once, into integrations.
  'subgraphs/integrations/src/whatsapp-bot/gateway/generated',
]
  .map((dir) => fileURLToPath(new URL(`../../${dir}/persisted-documents.json`, import.meta.url)))
  .join(',');
/** The admin dashboard's Vite build (clients/admin-dashboard/dist; copied beside the gateway in images). */
const defaultDashboardDir = fileURLToPath(new URL('../../clients/admin-dashboard/dist', import.meta.url));

export const gatewayConfigSchema = baseConfigSchema.extend(firebaseConfigSchema.shape).extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default(defaultSupergraph),
  /** Comma-separated allowed browser origins; `*` allows any (never in production). */
  CORS_ORIGINS: z.string().default('*'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(256_000),
  INTROSPECTION: envBoolean.optional(),
  /** Check token revocation (disabled users, revoked sessions); results are cached this long. */
  AUTH_REVOCATION_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  /** Objects an operation may ask for, lists counted at their page limit or assumed size (query-cost.ts). */
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  /** Admins may run operations this many times MAX_QUERY_COST (settlement runs, reports). */
  ADMIN_QUERY_COST_FACTOR: z.coerce.number().int().min(1).max(100).default(20),
  /** Cost points one caller may spend per minute (0: off). */
  QUERY_COST_BUDGET_PER_MINUTE: z.coerce.number().int().min(0).default(1_000_000),
  /** Operations one caller may have running at once on one gateway instance. */
  MAX_IN_FLIGHT_PER_CALLER: z.coerce.number().int().min(1).default(8),
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(10_000).default(4_000_000),
  /** Anonymous callers share an IP address: their cost budget and in-flight limit are this many times larger. */
  ANONYMOUS_IP_FACTOR: z.coerce.number().int().min(1).max(1000).default(8),
  MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
  /**
   * Trusted documents: `off`, `allow` (ids resolved, any text runs: the default outside
   * production) or `require` (only documents in the manifests: the default in production).
   */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'require']).optional(),
  /** Comma-separated persisted-document manifests (codegen's `persisted-documents.json`). */
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().default(defaultManifests),
  /** The admin dashboard's built files, served at /dashboard/ (clients/admin-dashboard). */
  DASHBOARD_DIR: z.string().default(defaultDashboardDir),
  /** The Auth emulator as a browser reaches it (default: http://FIREBASE_AUTH_EMULATOR_HOST). */
  DASHBOARD_AUTH_EMULATOR_URL: z.string().url().optional(),
  /** The Firebase project's web API key and auth domain, for the dashboard's sign-in (not secret). */
  DASHBOARD_FIREBASE_API_KEY: z.string().min(1).optional(),
  DASHBOARD_FIREBASE_AUTH_DOMAIN: z.string().min(1).optional(),
  /** Per-caller budgets, `name=points/seconds,…` over the defaults (see rate-limits.ts). */
  RATE_LIMITS: z.string().optional(),
  /** Proxies in front of the gateway whose X-Forwarded-For is believed (Express `trust proxy`: hop count). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Live events for subscriptions (PostgreSQL LISTEN on the events database). Unset: no subscriptions. */
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Live events over Redis pub/sub instead (set the same REDIS_URL on the subgraphs). */
  REDIS_URL: z.string().url().optional(),
  /**
   * Whole answers to public queries (docs/caching.md): `memory` (this process), `redis` (shared
   * by every gateway over REDIS_URL) or `off`. Default: `redis` with REDIS_URL, else `memory`.
   */
  RESPONSE_CACHE: z.enum(['off', 'memory', 'redis']).optional(),
  /** Megabytes the in-process response cache may hold (least recently used answers go first). */
  RESPONSE_CACHE_MEMORY_MB: z.coerce.number().int().min(1).max(4096).default(64),
  MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(1000).default(20),
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10_000),
  WS_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(12_000),
  WS_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(64_000),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema> & {
  subgraphs: Record<string, { url: string; callerKey: string }>;
};

const envName = (subgraph: string) => subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/**
 * The gateway's settings, plus one URL and one caller-signing key per subgraph named in the
 * supergraph: `SUBGRAPH_<NAME>_URL` and `SUBGRAPH_<NAME>_CALLER_KEY`. Each subgraph has its own
 * key, so a compromised subgraph cannot impersonate callers to the others.
 */
export function loadGatewayConfig(subgraphNames: string[], env = process.env): GatewayConfig {
  const subgraphShape: Record<string, z.ZodType> = {};
  for (const name of subgraphNames) {
    subgraphShape[`SUBGRAPH_${envName(name)}_URL`] = z.string().url();
    subgraphShape[`SUBGRAPH_${envName(name)}_CALLER_KEY`] = z.string().min(32, 'must be at least 32 characters');
  }
  const schema = gatewayConfigSchema.extend(subgraphShape);
  const parsed = parseConfig('gateway', schema, env) as z.infer<typeof gatewayConfigSchema> & Record<string, string>;
  const subgraphs: GatewayConfig['subgraphs'] = {};
  for (const name of subgraphNames) {
    subgraphs[name] = {
      url: parsed[`SUBGRAPH_${envName(name)}_URL`] as string,
      callerKey: parsed[`SUBGRAPH_${envName(name)}_CALLER_KEY`] as string,
    };
  }
  if (parsed.NODE_ENV === 'production' && parsed.CORS_ORIGINS.split(',').includes('*')) {
    throw new Error('gateway: CORS_ORIGINS must list origins explicitly in production');
  }
  if (parsed.RESPONSE_CACHE === 'redis' && !parsed.REDIS_URL) throw new Error('gateway: RESPONSE_CACHE=redis needs REDIS_URL');
  const emulatorProblem = authEmulatorProblem(parsed);
  if (emulatorProblem) throw new Error(`gateway: ${emulatorProblem}`);
  return { ...parsed, subgraphs };
}
