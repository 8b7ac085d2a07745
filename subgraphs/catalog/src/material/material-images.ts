import { Counter } from 'prom-client';
import { NotFoundError, ValidationError, metricsRegistry, type PeerClient } from '@realserv/platform';
import { AttachMaterialImagesDocument, ReleaseMaterialImagesDocument, type AttachMaterialImagesMutation } from '../ports/generated/integrations.js';

const releaseFailures = new Counter({
  name: 'catalog_image_release_failed_total',
  help: 'Material images whose reference could not be released in integrations after the change committed (they stay undeletable until released)',
  registers: [metricsRegistry],
});

/**
 * A material's images live in integrations, which records each material that uses one so
 * deleteMedia refuses it (the reference registry, docs/media.md).
 */
export interface MaterialImages {
  /** Records `materialId` as using the images; BAD_USER_INPUT (field imageMediaIds, with a reason) unless each is a confirmed CATALOG_IMAGE. Any other failure propagates (the write must fail). */
  attach(materialId: string, mediaIds: string[], requestId: string): Promise<void>;
  /** Drops `materialId`'s references to the images; idempotent. */
  release(materialId: string, mediaIds: string[], requestId: string): Promise<void>;
  /** Counts a release that failed after the commit (the reference stays: the safe side). */
  releaseFailed(count: number): void;
}

export class PeerMaterialImages implements MaterialImages {
  constructor(private readonly integrations: PeerClient) {}

  async attach(materialId: string, mediaIds: string[], requestId: string): Promise<void> {
    if (!mediaIds.length) return;
    let files: AttachMaterialImagesMutation['attachMediaForService'];
    try {
      files = (await this.integrations.request(AttachMaterialImagesDocument, { ids: mediaIds, materialId }, requestId)).attachMediaForService;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError('imageMediaIds: not an uploaded file.', { field: 'imageMediaIds', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
    for (const media of files) {
      if (media.status !== 'READY') throw new ValidationError(`imageMediaIds: ${media.id} was not confirmed.`, { field: 'imageMediaIds', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== 'CATALOG_IMAGE') throw new ValidationError(`imageMediaIds: ${media.id} is not a CATALOG_IMAGE.`, { field: 'imageMediaIds', reason: 'WRONG_MEDIA_PURPOSE' });
    }
  }

  async release(materialId: string, mediaIds: string[], requestId: string): Promise<void> {
    if (mediaIds.length) await this.integrations.request(ReleaseMaterialImagesDocument, { ids: mediaIds, materialId }, requestId);
  }

  releaseFailed(count: number): void {
    releaseFailures.inc(count);
  }
}
