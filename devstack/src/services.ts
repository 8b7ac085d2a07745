import { fileURLToPath } from 'node:url';

/** Repository root (devstack/dist/services.js → ../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One subgraph of the supergraph. Its code lives in `subgraphs/<name>/` (a package whose main
 * export, `dist/schema.js`, exports its `defineSubgraph(...)`, and whose `dist/main.js` runs it).
 */
export interface SubgraphEntry {
  /** Subgraph name: its folder, its database, its name in the supergraph and in variable names. */
  name: string;
  /** Port it listens on under `npm start` and in docker-compose.yml. */
  port: number;
  /** Peer subgraphs it calls directly as SERVICE (each pair gets its own key). */
  calls?: string[];
  /**
   * Peers among `calls` it does not wait for in docker-compose.yml (`depends_on`) because they
   * call it too, and compose refuses a dependency cycle. Only for calls that may fail while the
   * peer starts (they answer SERVICE_UNAVAILABLE, retryable).
   */
  startsWithout?: string[];
  /**
   * Most of its work follows events rather than answering the apps (notifications, analytics).
   * On one host, `backgroundNice` (StackOptions) runs it at a lower CPU priority, so the request
   * path gets the cores first during a burst and this catches up in the gaps (docs/capacity.md).
   */
  background?: boolean;
  /** Publishes or consumes domain events: gets EVENTS_DATABASE_URL (it refuses to start without it). */
  events?: boolean;
  /** Verifies or manages Firebase users: docker-compose.yml gives it the Firebase settings (`npm start` gives them to every service). */
  firebase?: boolean;
  /** Only what docker-compose.yml needs beyond the above (secrets of its own, host port, volumes). */
  docker?: {
    /** Why it has the settings below (a comment above them). */
    comment?: string;
    /** Secrets read from `.env`, same name in the container; `example` is the development value in `.env.example`. */
    secrets?: Array<{ name: string; example: string; hint?: string }>;
    /** What the secrets are, above them in `.env.example`. */
    secretsComment?: string;
    /** Fixed settings in the container. */
    env?: Record<string, string>;
    /** Publish its port on the host's 127.0.0.1 (e.g. webhooks, signed media URLs). */
    publish?: boolean;
    /** Named volumes, `volume:/path`. */
    volumes?: string[];
    /** Other compose services it waits for (healthy), e.g. notifications → `providers`. */
    dependsOn?: string[];
  };
}

/**
 * Every subgraph of the supergraph: the one list `npm start`, `npm run compose` and
 * `npm run generate` (docker-compose.yml, the SQL init, .env.example, tsconfig.json) read.
 * Adding a subgraph is an entry here: see docs/adding-a-subgraph.md.
 */
export const SUBGRAPHS: SubgraphEntry[] = [
  // identity asks orders only when a buyer deletes their account; orders calls identity on every order.
  { name: 'identity', port: 4001, firebase: true, events: true, calls: ['integrations', 'orders'], startsWithout: ['orders'] },
  { name: 'catalog', port: 4002, events: true, calls: ['integrations'] },
  { name: 'orders', port: 4003, events: true, calls: ['catalog', 'identity', 'vendors', 'integrations'] },
  {
    name: 'payments',
    port: 4004,
    events: true,
    calls: ['orders', 'integrations'],
    docker: {
      comment:
        'Razorpay test or live keys from the dashboard; webhooks point at\nhttps://<public host>/webhooks/razorpay on this service (route it through your ingress).',
      secretsComment:
        "Razorpay: your account's TEST keys (Dashboard → Settings → API keys) and webhook secret.\nThe placeholders below pass validation but Razorpay will refuse them.",
      secrets: [
        { name: 'RAZORPAY_KEY_ID', example: 'rzp_test_replaceme' },
        { name: 'RAZORPAY_KEY_SECRET', example: 'replace-with-your-test-key-secret' },
        { name: 'RAZORPAY_WEBHOOK_SECRET', example: 'replace-with-your-webhook-secret' },
      ],
      publish: true,
    },
  },
  {
    name: 'vendors',
    port: 4005,
    events: true,
    firebase: true,
    calls: ['integrations'],
    docker: {
      comment: "Delivery OTPs: HMAC key for the stored hash, AES-256 key (base64, 32 bytes) for the buyer's copy.",
      secretsComment: 'Delivery OTPs (vendors): an HMAC key (32+ characters) and a 32-byte AES key in base64.',
      secrets: [
        { name: 'OTP_HASH_KEY', example: 'dev-only-otp-hash-key-0123456789abcdef0123' },
        { name: 'OTP_ENCRYPTION_KEY', example: 'ZGV2LW9ubHktb3RwLWVuY3J5cHRpb24ta2V5LTMyYiE=', hint: 'openssl rand -base64 32' },
      ],
    },
  },
  {
    name: 'integrations',
    port: 4006,
    // The WhatsApp vendor bot: consumes WhatsAppMessageReceived, signs in as the vendor user (Firebase custom token).
    events: true,
    firebase: true,
    docker: {
      comment:
        'Local storage in a volume behind signed URLs; production: MEDIA_STORAGE=s3, S3_BUCKET, AWS_REGION, MEDIA_PUBLIC_BASE_URL (the CDN serving catalog images; docs/media.md).\nThe WhatsApp vendor bot stays off until WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN are set (docs/whatsapp-bot.md).\nLocation on the local Google Maps-compatible server (the `maps` service); production: MAPS_PROVIDER=google,\nMAPS_BASE_URL unset, a restricted GOOGLE_MAPS_API_KEY (docs/location.md).',
      env: { MEDIA_STORAGE: 'local', MEDIA_LOCAL_DIR: '/home/node/media', MEDIA_PUBLIC_URL: 'http://localhost:4006', GATEWAY_URL: 'http://gateway:4000/graphql', MAPS_PROVIDER: 'local', MAPS_BASE_URL: 'http://maps:4113' },
      secretsComment: "Signs the local media storage's upload/download URLs (32+ characters); the Google Maps API key (the `maps`\nservice checks the same value; for Google put a real, restricted key here).",
      secrets: [
        { name: 'MEDIA_SIGNING_KEY', example: 'dev-only-media-signing-key-0123456789abcdef' },
        { name: 'GOOGLE_MAPS_API_KEY', example: 'dev-only-google-maps-api-key-0123456789abcdef' },
      ],
      publish: true,
      volumes: ['media-data:/home/node/media'],
      dependsOn: ['maps'],
    },
  },
  {
    name: 'notifications',
    port: 4007,
    events: true,
    background: true,
    firebase: true,
    calls: ['identity', 'vendors', 'orders'],
    docker: {
      comment:
        'Every channel on the local providers (the `providers` service: mail page http://localhost:4110, Twilio 4111,\nWhatsApp 4112; `npm run inbox -- mail|sms|whatsapp`); push recorded in the process (/_local/push/messages).\nProduction: EMAIL_TRANSPORT=ses + AWS_REGION, Twilio without TWILIO_API_URL, WHATSAPP_GRAPH_URL unset,\nPUBLIC_URL = the public base URL, PUSH_TRANSPORT=fcm (docs/deployment.md, subgraphs/notifications/docs/).',
      env: {
        EMAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtp://providers:2525',
        TWILIO_API_URL: 'http://providers:4111',
        SMS_SENDER_ID: 'RLSERV',
        // Quoted: a 19-digit number would lose digits in YAML readers that make it a float.
        DLT_ENTITY_ID: '"1001526103320756973"',
        // Twilio calls back `${PUBLIC_URL}/webhooks/twilio/status` and signs that URL.
        PUBLIC_URL: 'http://notifications:4007',
        WHATSAPP_GRAPH_URL: 'http://providers:4112',
        PUSH_TRANSPORT: 'local',
      },
      secretsComment:
        'Notifications on the local providers (the `providers` service holds the same values): Twilio account SID\n(AC + 32 hex) and auth token, WhatsApp phone number id, access token, app secret (signs the webhooks) and\nverify token. For real providers put the real ones here and see docs/deployment.md.',
      secrets: [
        { name: 'TWILIO_ACCOUNT_SID', example: 'AC00000000000000000000000000000000', hint: 'AC and 32 hex digits' },
        { name: 'TWILIO_AUTH_TOKEN', example: 'dev-only-twilio-auth-token-0123456789abcdef' },
        { name: 'WHATSAPP_PHONE_NUMBER_ID', example: '106540352242922' },
        { name: 'WHATSAPP_ACCESS_TOKEN', example: 'dev-only-whatsapp-access-token-0123456789abcdef' },
        { name: 'WHATSAPP_APP_SECRET', example: 'dev-only-whatsapp-app-secret-0123456789abcdef' },
        { name: 'WHATSAPP_VERIFY_TOKEN', example: 'dev-only-whatsapp-verify-token-0123456789abcdef' },
      ],
      publish: true,
      dependsOn: ['providers'],
    },
  },
  // Read models of the marketplace for admins' dashboards, fed by the domain events (docs/analytics.md).
  { name: 'analytics', port: 4008, events: true, background: true, calls: ['orders', 'catalog', 'vendors'] },
];

/**
 * docker-compose's `maps` service: integrations' local Google Maps-compatible server in a container
 * of the integrations image (the notifications image cannot host it: integrations depends on
 * notifications). Same port as `npm start`.
 */
export const LOCAL_MAPS = {
  image: 'integrations',
  entry: 'dist/location/maps/local/main.js',
  port: 4113,
  /** The secret it shares with integrations (from .env). */
  secrets: ['GOOGLE_MAPS_API_KEY'],
} as const;

/**
 * docker-compose's `providers` service: notifications' local providers (SMTP catcher with its mail
 * page, Twilio-compatible and Graph-API-compatible servers) in one container of the notifications
 * image, as `npm start` runs them in its runner. Same ports as `npm start`, so `npm run inbox` works.
 */
export const LOCAL_PROVIDERS = {
  image: 'notifications',
  entry: 'dist/channels/local/providers.js',
  smtpPort: 2525,
  ports: { mail: 4110, twilio: 4111, whatsapp: 4112 },
  /** The secrets it shares with notifications (from .env). */
  secrets: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET'],
  whatsappWebhookUrl: 'http://notifications:4007/webhooks/whatsapp',
} as const;

/** Compiled entry point of a subgraph, relative to the repository root. */
export const subgraphMain = (name: string) => `subgraphs/${name}/dist/main.js`;

/** `SUBGRAPH_<NAME>_URL`, `PEER_<NAME>_KEY`, …: the name upper-cased, other characters as `_`. */
export const envName = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');

export const GATEWAY_MAIN = 'gateway/dist/main.js';
export const FIREBASE_PROJECT_ID = 'demo-realserv';
