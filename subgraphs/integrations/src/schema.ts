import { z } from 'zod';
import { S3Client } from '@aws-sdk/client-s3';
import { ConfigError, defineSubgraph } from '@realserv/platform';
import { MediaFile } from './media/media.entity.js';
import { MediaResolver } from './media/media.resolver.js';
import { MediaService } from './media/media.service.js';
import type { MediaStorage } from './media/storage/media-storage.js';
import { S3MediaStorage } from './media/storage/s3-media-storage.js';
import { migrations } from './migrations/index.js';

const configSchema = z.object({
  /** Where media lives: `s3` in production, `local` (a directory behind signed URLs) on a laptop; no default, so a deploy cannot forget it. */
  MEDIA_STORAGE: z.enum(['local', 's3']),
  /** local: directory, public base URL of this service, URL-signing key. */
  MEDIA_LOCAL_DIR: z.string().optional(),
  MEDIA_PUBLIC_URL: z.string().url().optional(),
  MEDIA_SIGNING_KEY: z.string().min(32).optional(),
  /** s3: bucket and region (credentials from the AWS default chain). */
  S3_BUCKET: z.string().optional(),
  AWS_REGION: z.string().optional(),
});
type MediaConfig = z.infer<typeof configSchema>;

/**
 * The adapter MEDIA_STORAGE names. The local one is loaded only when chosen, so a production
 * build never imports it (devstack/src/production-code.test.ts checks).
 */
async function mediaStorageFor(config: MediaConfig): Promise<MediaStorage> {
  if (config.MEDIA_STORAGE === 's3') {
    if (!config.S3_BUCKET || !config.AWS_REGION) throw new ConfigError('integrations', ['MEDIA_STORAGE=s3 needs S3_BUCKET and AWS_REGION']);
    return new S3MediaStorage(new S3Client({ region: config.AWS_REGION }), config.S3_BUCKET);
  }
  if (!config.MEDIA_LOCAL_DIR || !config.MEDIA_PUBLIC_URL || !config.MEDIA_SIGNING_KEY) {
    throw new ConfigError('integrations', ['MEDIA_STORAGE=local needs MEDIA_LOCAL_DIR, MEDIA_PUBLIC_URL and MEDIA_SIGNING_KEY']);
  }
  const { LocalMediaStorage } = await import('./media/storage/local/local-media-storage.js');
  return new LocalMediaStorage(config.MEDIA_LOCAL_DIR, config.MEDIA_PUBLIC_URL, config.MEDIA_SIGNING_KEY);
}

/** The integrations subgraph: media uploads (WhatsApp, location, … come next). */
export const integrationsSubgraph = defineSubgraph({
  name: 'integrations',
  resolvers: [MediaResolver],
  entities: [MediaFile],
  migrations,
  configSchema,
  wire: async ({ config }) => {
    const storage = await mediaStorageFor(config);
    return {
      resolvers: [new MediaResolver(new MediaService(storage))],
      routes: (router) => storage.routes?.(router),
      stop: async () => storage.close?.(),
    };
  },
});
