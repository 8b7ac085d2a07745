import { confirmedUploads, countFailedMediaRelease, type PeerClient } from '@realserv/platform';
import { AttachMediaForVendorDocument, ReleaseMediaForVendorDocument, type MediaPurpose } from '../ports/generated/integrations.js';

/**
 * Files vendors' records use live in integrations, which records each record that uses one
 * (holder `vendors:<purpose>`, record id) so deleteMedia refuses it (docs/media.md).
 */
export interface MediaFiles {
  /** Records `recordId` (KYC: the vendor id; delivery proof: the delivery id) as using the files; BAD_USER_INPUT (field mediaId, with a reason) unless each is the owner's confirmed upload of that purpose. Any other failure propagates. */
  assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, recordId: string, requestId: string): Promise<void>;
  /** Drops `recordId`'s references to the files; idempotent. */
  release(mediaIds: string[], purpose: string, recordId: string, requestId: string): Promise<void>;
  /** Counts a release that failed after the commit (the reference stays: the safe side). */
  releaseFailed(purpose: string, count: number): void;
}

export class PeerMediaFiles implements MediaFiles {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, recordId: string, requestId: string): Promise<void> {
    await confirmedUploads(mediaIds, { purpose, field: 'mediaId', ownerUserId }, async (ids) => (await this.integrations.request(AttachMediaForVendorDocument, { ids, holder: `vendors:${purpose}`, purpose: purpose as MediaPurpose, ownerUserId, recordId }, requestId)).attachMediaForService);
  }

  async release(mediaIds: string[], purpose: string, recordId: string, requestId: string): Promise<void> {
    if (mediaIds.length) await this.integrations.request(ReleaseMediaForVendorDocument, { ids: mediaIds, holder: `vendors:${purpose}`, recordId }, requestId);
  }

  releaseFailed(purpose: string, count: number): void {
    countFailedMediaRelease(`vendors:${purpose}`, count);
  }
}
