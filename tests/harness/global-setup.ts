import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneEndedDataDirs, startStack, type Stack } from '@realserv/devstack';

declare global {
  // Shared with global-teardown (same process).
  var __REALSERV_STACK__: Stack | undefined;
}

/**
 * Settlements only settle periods that have ended in India time, and a test's orders complete
 * today: the test stack lets settlements see a week ahead (honoured only with NODE_ENV=test).
 */
const SETTLEMENT_TEST_CLOCK = { NODE_ENV: 'test', SETTLEMENT_CLOCK_OFFSET_DAYS: '7' };

/**
 * Boots the real supergraph once per test run: embedded PostgreSQL in a fresh directory, the
 * Auth emulator, every subgraph and the gateway, on free ports. Tests reach it through
 * the environment variables set here (jest workers inherit them).
 */
export default async function globalSetup(): Promise<void> {
  // Each run leaves its directory (logs to read after a failure); the runs before the last go.
  pruneEndedDataDirs('realserv-e2e-');
  const dataDir = mkdtempSync(join(tmpdir(), 'realserv-e2e-'));
  // Services log at info, so request logs exist and the log-hygiene test can search them.
  // Short connection-init, OTP-regeneration and revocation-cache waits so their tests do not wait
  // production times (payment window: 3 s; the unpaid-order sweeper is off, tests expire orders on
  // demand); every test calls from 127.0.0.1, so the per-IP search and query-cost
  // budgets are lifted (rate-limits.test.ts and query-cost.test.ts check them on gateways of their own).
  const stack = await startStack({
    dataDir,
    persistent: false,
    seedDemoData: true,
    logLevel: 'info',
    extraEnv: {
      // payment-verification: the bench smoke run verifies the same few checkouts many times.
      RATE_LIMITS: 'search=100000/60,payment-verification=100000/600',
      QUERY_COST_BUDGET_PER_MINUTE: '0',
      WS_CONNECTION_INIT_TIMEOUT_MS: '1500',
      OTP_REGENERATE_AFTER_SECONDS: '1',
      OTP_VALID_SECONDS: '6',
      AUTH_REVOCATION_CACHE_SECONDS: '2',
      ONLINE_PAYMENT_WINDOW_SECONDS: '3',
      UNPAID_ORDER_SWEEP_SECONDS: '0',
      // Notifications: a provider error is retried after about a second, not five.
      NOTIFY_RETRY_BASE_SECONDS: '1',
      // Support: an URGENT ticket's first response is due the moment it opens, so the overdue queue has something to show without waiting.
      SUPPORT_FIRST_RESPONSE_MINUTES: 'URGENT=0',
      ...SETTLEMENT_TEST_CLOCK,
    },
  });
  globalThis.__REALSERV_STACK__ = stack;
  process.env.REALSERV_GATEWAY_URL = stack.gatewayUrl;
  process.env.REALSERV_EMULATOR_HOST = stack.emulatorHost;
  process.env.REALSERV_SUBGRAPH_URLS = JSON.stringify(stack.subgraphUrls);
  process.env.REALSERV_DATA_DIR = dataDir;
  process.env.REALSERV_DATABASE_URLS = JSON.stringify(stack.databaseUrls);
  process.env.REALSERV_RAZORPAY_URL = stack.razorpayUrl;
  // The local notification providers (read back what was sent: mail, SMS, WhatsApp).
  process.env.REALSERV_MAIL_URL = stack.mailUrl;
  process.env.REALSERV_TWILIO_URL = stack.twilioUrl;
  process.env.REALSERV_WHATSAPP_URL = stack.whatsappUrl;
  // The local Google Maps-compatible server (requests counted, outages simulated).
  process.env.REALSERV_MAPS_URL = stack.mapsUrl;
  process.env.REALSERV_GATEWAY_ENV = JSON.stringify(stack.gatewayEnv);
  process.env.REALSERV_SUBGRAPH_ENVS = JSON.stringify(stack.subgraphEnvs);
}
