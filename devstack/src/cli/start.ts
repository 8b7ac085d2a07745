import { join } from 'node:path';
import { DEMO_USERS } from '@realserv/identity/demo-users';
import { AlreadyRunning } from '../lock.js';
import { startStack, type Stack } from '../stack.js';
import { REPO_ROOT, SUBGRAPHS } from '../services.js';

/**
 * `npm start`: the whole supergraph on this machine with seed data, until Ctrl-C.
 * DATABASE_URL (a server URL) uses that PostgreSQL instead of the embedded one.
 * REALSERV_DATA_DIR and REALSERV_FREE_PORTS=true (the devstack's own tests) run a second,
 * independent stack. REALSERV_BACKGROUND_NICE (1–19) runs notifications and analytics at that
 * niceness.
 */
const began = Date.now();
const quiet = process.env.REALSERV_QUIET_LOGS === 'true';
const dataDir = process.env.REALSERV_DATA_DIR ?? join(REPO_ROOT, '.data', 'local');
process.stdout.write('Starting RealServ: PostgreSQL, Firebase Auth emulator, subgraphs, gateway…\n');
let stack: Stack;
try {
  stack = await startStack({
    dataDir,
    persistent: true,
    ...(process.env.REALSERV_FREE_PORTS === 'true'
      ? {}
      : {
          ports: {
            gateway: Number(process.env.PORT ?? 4000),
            postgres: 5433,
            emulator: 9099,
            razorpay: 4100,
            mailSmtp: 2525,
            mailHttp: 4110,
            twilio: 4111,
            whatsapp: 4112,
            maps: 4113,
            subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.port])),
          },
        }),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    // On one host: notifications and analytics at this niceness, the request path first (docs/deployment.md).
    ...(process.env.REALSERV_BACKGROUND_NICE ? { backgroundNice: Number(process.env.REALSERV_BACKGROUND_NICE) } : {}),
    seedDemoData: true,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    onServiceLog: quiet ? undefined : (service, line) => {
      if (service === 'postgres' || service === 'firebase') return;
      process.stdout.write(`[${service}] ${line}\n`);
    },
  });
} catch (error) {
  // One sentence, no stack trace: what is wrong and what to do.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    error instanceof AlreadyRunning ? `${message}\n` : `RealServ could not start: ${message} (service logs: ${join(dataDir, 'logs')})\n`,
  );
  process.exit(1);
}

const seconds = ((Date.now() - began) / 1000).toFixed(1);
process.stdout.write(
  [
    '',
    `RealServ is ready in ${seconds} s`,
    `  GraphQL (Apollo Sandbox in a browser): ${stack.gatewayUrl}`,
    `  Subscriptions (graphql-ws):            ${stack.gatewayUrl.replace(/^http/, 'ws')}`,
    `  Admin dashboard (sign in as the admin): ${stack.gatewayUrl.replace(/\/graphql$/, '/dashboard/')}`,
    `  Local Razorpay (test mode; /_local/orders/<razorpayOrderId>/checkout pays): ${stack.razorpayUrl}`,
    `  Local mail catcher (open in a browser; npm run inbox -- mail): ${stack.mailUrl}`,
    `  Local Twilio (SMS; npm run inbox -- sms):                      ${stack.twilioUrl}`,
    `  Local WhatsApp Cloud API (npm run inbox -- whatsapp):          ${stack.whatsappUrl}`,
    `  Local Google Maps (geocoding, distance matrix; /_local/maps/requests): ${stack.mapsUrl}`,
    `  Firebase Auth emulator: http://${stack.emulatorHost} (project ${stack.projectId})`,
    ...Object.entries(stack.subgraphUrls).map(([name, url]) => `  subgraph ${name}: ${url}`),
    `  logs: ${join(dataDir, 'logs')}`,
    '',
    'Demo accounts (sign in through the emulator, then send "Authorization: Bearer <idToken>"):',
    ...DEMO_USERS.map((u) => `  ${u.type.padEnd(6)} ${u.email.padEnd(24)} ${u.password}`),
    '',
    'Get an ID token:',
    `  curl -s 'http://${stack.emulatorHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=local' \\`,
    `    -H 'content-type: application/json' -d '{"email":"${DEMO_USERS[0].email}","password":"${DEMO_USERS[0].password}","returnSecureToken":true}'`,
    '',
    ...stack.warnings.map((warning) => `Note: ${warning}`),
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping gateway, subgraphs, emulator and PostgreSQL…\n`);
  await stack.stop();
  process.stdout.write('stopped\n');
  process.exit(0);
};
// This runner owns the shutdown order (gateway, subgraphs, emulator, PostgreSQL).
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
