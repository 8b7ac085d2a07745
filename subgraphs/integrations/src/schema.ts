import { z } from 'zod';
import { S3Client } from '@aws-sdk/client-s3';
import { defineSubgraph } from '@realserv/platform';
import { MediaFile } from './media/media.entity.js';
import { MediaResolver } from './media/media.resolver.js';
import { MediaService } from './media/media.service.js';
import { LocalMediaStorage, S3MediaStorage, type MediaStorage } from './media/storage.js';
import { migrations } from './migrations/index.js';

const configSchema = z.object({
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  /** local: directory, public base URL of this service, URL-signing key. */
  MEDIA_LOCAL_DIR: z.string().optional(),
  MEDIA_PUBLIC_URL: z.string().url().optional(),
  MEDIA_SIGNING_KEY: z.string().min(32).optional(),
  /** s3: bucket and region (credentials from the AWS default chain). */
  S3_BUCKET: z.string().optional(),
  AWS_REGION: z.string().optional(),
});
type MediaConfig = z.infer<typeof configSchema>;

let storage: MediaStorage | null = null;
function storageFor(config: MediaConfig): MediaStorage {
  if (storage) return storage;
  if (config.MEDIA_STORAGE === 's3') {
    if (!config.S3_BUCKET || !config.AWS_REGION) throw new Error('integrations: MEDIA_STORAGE=s3 needs S3_BUCKET and AWS_REGION');
    storage = new S3MediaStorage(new S3Client({ region: config.AWS_REGION }), config.S3_BUCKET);
  } else {
    if (!config.MEDIA_LOCAL_DIR || !config.MEDIA_PUBLIC_URL || !config.MEDIA_SIGNING_KEY) {
      throw new Error('integrations: MEDIA_STORAGE=local needs MEDIA_LOCAL_DIR, MEDIA_PUBLIC_URL and MEDIA_SIGNING_KEY');
    }
    storage = new LocalMediaStorage(config.MEDIA_LOCAL_DIR, config.MEDIA_PUBLIC_URL, config.MEDIA_SIGNING_KEY);
  }
  return storage;
}

/** The integrations subgraph: media uploads (WhatsApp, location, … come next). */
export const integrationsSubgraph = defineSubgraph({
  name: 'integrations',
  resolvers: [MediaResolver],
  entities: [MediaFile],
  migrations,
  configSchema,
  provide: ({ config }) => [new MediaResolver(new MediaService(storageFor(config as unknown as MediaConfig)))],
  routes: (router, { config }) => {
    const s = storageFor(config as unknown as MediaConfig);
    if (s instanceof LocalMediaStorage) s.routes(router);
  },
});
