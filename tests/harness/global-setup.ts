import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '@realserv/devstack';

declare global {
  // Shared with global-teardown (same process).
  var __REALSERV_STACK__: Stack | undefined;
}

/**
 * Boots the real supergraph once per test run: embedded PostgreSQL in a fresh directory, the
 * Auth emulator, every subgraph and the gateway, on free ports. Tests reach it through
 * the environment variables set here (jest workers inherit them).
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'realserv-e2e-'));
  // Short connection-init, OTP-regeneration and online-payment waits so their tests do not wait
  // production times; the unpaid-order timer is off (tests run the expiry per order, on demand).
  const stack = await startStack({ dataDir, persistent: false, seedDemoData: true, logLevel: 'warn', extraEnv: { WS_CONNECTION_INIT_TIMEOUT_MS: '1500', OTP_REGENERATE_AFTER_SECONDS: '1', OTP_VALID_SECONDS: '6', ONLINE_PAYMENT_WINDOW_SECONDS: '3', UNPAID_ORDER_SWEEP_SECONDS: '0' } });
  globalThis.__REALSERV_STACK__ = stack;
  process.env.REALSERV_GATEWAY_URL = stack.gatewayUrl;
  process.env.REALSERV_EMULATOR_HOST = stack.emulatorHost;
  process.env.REALSERV_SUBGRAPH_URLS = JSON.stringify(stack.subgraphUrls);
  process.env.REALSERV_DATA_DIR = dataDir;
  process.env.REALSERV_DATABASE_URLS = JSON.stringify(stack.databaseUrls);
  process.env.REALSERV_RAZORPAY_URL = stack.razorpayUrl;
  process.env.REALSERV_GATEWAY_ENV = JSON.stringify(stack.gatewayEnv);
}
