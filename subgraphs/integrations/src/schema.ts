import { z } from 'zod';
import { S3Client } from '@aws-sdk/client-s3';
import { ConfigError, defineSubgraph, firebaseAuth, firebaseConfigSchema, on, type Logger } from '@realserv/platform';
import { WhatsAppMessageReceived } from '@realserv/contracts';
import { WhatsAppCloudClient } from '@realserv/notifications/whatsapp';
import { MediaFile, MediaReference } from './media/media.entity.js';
import { MediaResolver } from './media/media.resolver.js';
import { MediaDownloadsResolver } from './media/media-downloads.resolver.js';
import { MediaService } from './media/media.service.js';
import { deletedUserMediaSubscriptions } from './media/deleted-user-media.events.js';
import type { MediaStorage } from './media/storage/media-storage.js';
import { S3MediaStorage } from './media/storage/s3-media-storage.js';
import { DistanceCacheEntry, GeocodeCacheEntry } from './location/cache/location-cache.entity.js';
import { locationConfigProblems, locationConfigSchema, mapsProviderFor } from './location/location-settings.js';
import { LocationResolver } from './location/location.resolver.js';
import { LocationService } from './location/location.service.js';
import { PincodeDirectory } from './location/pincode/pincode-directory.js';
import { migrations } from './migrations/index.js';
import { VendorBot } from './whatsapp-bot/bot.js';
import { EMULATOR_WEB_API_KEY, whatsAppBotMode } from './whatsapp-bot/bot-settings.js';
import { WhatsAppConversation, WhatsAppMessage } from './whatsapp-bot/conversation/conversation.entity.js';
import { GatewayClient, GatewayError } from './whatsapp-bot/gateway/gateway-client.js';
import { BotVendorDocument } from './whatsapp-bot/gateway/generated/graphql.js';
import { VendorSessions } from './whatsapp-bot/gateway/vendor-session.js';
import { WhatsAppLink } from './whatsapp-bot/link/whatsapp-link.entity.js';
import { WhatsAppLinkResolver } from './whatsapp-bot/link/whatsapp-link.resolver.js';
import { WhatsAppLinkService } from './whatsapp-bot/link/whatsapp-link.service.js';

const configSchema = z.object({
  /** Where media lives: `s3` in production, `local` (a directory behind signed URLs) on a laptop; no default, so a deploy cannot forget it. */
  MEDIA_STORAGE: z.enum(['local', 's3']),
  /** local: directory, public base URL of this service, URL-signing key. */
  MEDIA_LOCAL_DIR: z.string().optional(),
  MEDIA_PUBLIC_URL: z.string().url().optional(),
  MEDIA_SIGNING_KEY: z.string().min(32).optional(),
  /** s3: bucket and region (credentials from the AWS default chain). */
  S3_BUCKET: z.string().optional(),
  /**
   * Where catalog images (the PUBLIC purpose) are served without signing: a CDN in front of the
   * bucket's catalog_image/ prefix (required with s3); local: defaults to MEDIA_PUBLIC_URL/media/public.
   */
  MEDIA_PUBLIC_BASE_URL: z.string().url().optional(),
  AWS_REGION: z.string().optional(),
  ...firebaseConfigSchema.shape,
  /** The vendor bot sends its replies from the business number notifications also sends from (Cloud API). */
  /** The bot is off unless both are set (like notifications' WhatsApp channel). */
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_GRAPH_VERSION: z.string().default('v21.0'),
  /** The gateway's /graphql URL: the bot calls the API as the linked vendor user. */
  GATEWAY_URL: z.string().url().optional(),
  /** The Firebase Web API key for accounts:signInWithCustomToken (any value on the Auth emulator). */
  FIREBASE_WEB_API_KEY: z.string().min(1).default(EMULATOR_WEB_API_KEY),
  /** Location: geocoding and road distances (docs/location.md). */
  ...locationConfigSchema.shape,
});
type MediaConfig = z.infer<typeof configSchema>;

/**
 * The adapter MEDIA_STORAGE names. The local one is loaded only when chosen, so a production
 * build never imports it (devstack/src/production-code.test.ts checks).
 */
async function mediaStorageFor(config: MediaConfig): Promise<{ storage: MediaStorage; publicBaseUrl: string }> {
  if (config.MEDIA_STORAGE === 's3') {
    if (!config.S3_BUCKET || !config.AWS_REGION || !config.MEDIA_PUBLIC_BASE_URL) {
      throw new ConfigError('integrations', ['MEDIA_STORAGE=s3 needs S3_BUCKET, AWS_REGION and MEDIA_PUBLIC_BASE_URL (the CDN serving catalog_image/)']);
    }
    return { storage: new S3MediaStorage(new S3Client({ region: config.AWS_REGION }), config.S3_BUCKET), publicBaseUrl: config.MEDIA_PUBLIC_BASE_URL };
  }
  if (!config.MEDIA_LOCAL_DIR || !config.MEDIA_PUBLIC_URL || !config.MEDIA_SIGNING_KEY) {
    throw new ConfigError('integrations', ['MEDIA_STORAGE=local needs MEDIA_LOCAL_DIR, MEDIA_PUBLIC_URL and MEDIA_SIGNING_KEY']);
  }
  const { LocalMediaStorage } = await import('./media/storage/local/local-media-storage.js');
  return {
    storage: new LocalMediaStorage(config.MEDIA_LOCAL_DIR, config.MEDIA_PUBLIC_URL, config.MEDIA_SIGNING_KEY),
    publicBaseUrl: config.MEDIA_PUBLIC_BASE_URL ?? `${config.MEDIA_PUBLIC_URL}/media/public`,
  };
}

/**
 * The vendor bot, when WhatsApp is configured (WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN;
 * neither: off; one of them, or no GATEWAY_URL: a configuration mistake worth stopping for).
 */
function whatsAppBotFor(config: MediaConfig, log: Logger): { bot: VendorBot; links: WhatsAppLinkService } | null {
  const mode = whatsAppBotMode(config);
  if (!mode.on) return null;
  if (mode.problems.length) throw new ConfigError('integrations', mode.problems);
  const whatsapp = new WhatsAppCloudClient({
    phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID!,
    accessToken: config.WHATSAPP_ACCESS_TOKEN!,
    // Only notifications receives Meta's webhooks (one URL per app); the bot only sends.
    appSecret: '',
    verifyToken: '',
    graphUrl: config.WHATSAPP_GRAPH_URL,
    graphVersion: config.WHATSAPP_GRAPH_VERSION,
  });
  const sessions = new VendorSessions({ auth: firebaseAuth(config), webApiKey: config.FIREBASE_WEB_API_KEY, emulatorHost: config.FIREBASE_AUTH_EMULATOR_HOST });
  // The gateway starts after the subgraphs: its URL is only used when a message arrives.
  const gatewayUrl = config.GATEWAY_URL!;
  const gateway = new GatewayClient({ url: () => gatewayUrl, sessions });
  // ACTIVE is asked through the gateway as the user, like every bot read (a refused token: not active).
  const vendorActive = async (firebaseUid: string) => {
    try {
      return (await gateway.run(firebaseUid, BotVendorDocument, {})).myVendor?.status === 'ACTIVE';
    } catch (error) {
      if (error instanceof GatewayError) return false;
      throw error;
    }
  };
  const links = new WhatsAppLinkService(whatsapp, vendorActive);
  return { bot: new VendorBot({ gateway, whatsapp, links, log }), links };
}

/** The integrations subgraph: media uploads, the vendors' WhatsApp bot, and location (maps). */
export const integrationsSubgraph = defineSubgraph({
  name: 'integrations',
  resolvers: [MediaResolver, MediaDownloadsResolver, WhatsAppLinkResolver, LocationResolver],
  entities: [MediaFile, MediaReference, WhatsAppLink, WhatsAppConversation, WhatsAppMessage, GeocodeCacheEntry, DistanceCacheEntry],
  migrations,
  events: true,
  configSchema,
  wire: async ({ config, log }) => {
    const { storage, publicBaseUrl } = await mediaStorageFor(config);
    const media = new MediaService(storage, publicBaseUrl);
    const bot = whatsAppBotFor(config, log);
    const locationProblems = locationConfigProblems(config);
    if (locationProblems.length) throw new ConfigError('integrations', locationProblems);
    const location = new LocationService(mapsProviderFor(config), PincodeDirectory.shipped(), log);
    return {
      resolvers: [new MediaResolver(media), new MediaDownloadsResolver(media), new WhatsAppLinkResolver(bot?.links ?? null), new LocationResolver(location)],
      jobs: [
        { name: 'location-cache-purge', everySeconds: 3600, run: async (em) => void (await location.purgeExpired(em)) },
        { name: 'media-unconfirmed-sweep', everySeconds: 3600, run: async (em) => void (await media.sweepUnconfirmed(em)) },
      ],
      subscriptions: [
        ...deletedUserMediaSubscriptions(storage),
        ...(bot ? [on(WhatsAppMessageReceived, 'whatsapp-bot', (event, em) => bot.bot.handle(event.payload, em), { transaction: 'handler', orderingKey: (event) => String(event.payload.from) })] : []),
      ],
      routes: (router) => storage.routes?.(router),
      stop: async () => storage.close?.(),
    };
  },
});
