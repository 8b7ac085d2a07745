import type { PeerClient } from '@realserv/platform';
import { confirmedUploads, countFailedMediaRelease } from '@realserv/platform/confirmed-uploads';
import { AttachMaterialImagesDocument, ReleaseMaterialImagesDocument } from '../ports/generated/integrations.js';

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
    await confirmedUploads(mediaIds, { purpose: 'CATALOG_IMAGE', field: 'imageMediaIds', ownerUserId: null }, async (ids) =>
      (await this.integrations.request(AttachMaterialImagesDocument, { ids, materialId }, requestId)).attachMediaForService,
    );
  }

  async release(materialId: string, mediaIds: string[], requestId: string): Promise<void> {
    if (mediaIds.length) await this.integrations.request(ReleaseMaterialImagesDocument, { ids: mediaIds, materialId }, requestId);
  }

  releaseFailed(count: number): void {
    countFailedMediaRelease('catalog:CATALOG_IMAGE', count);
  }
}
