import { confirmedUploads, type PeerClient } from '@realserv/platform';
import { AttachMediaForVendorDocument, type MediaPurpose } from '../ports/generated/integrations.js';

/** Media ids given to vendors must be confirmed uploads of the right purpose by the caller; integrations records them as used (deleteMedia then refuses). */
export interface MediaFiles {
  assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerMediaFiles implements MediaFiles {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void> {
    await confirmedUploads(mediaIds, { purpose, field: 'mediaId', ownerUserId }, async (ids) => (await this.integrations.request(AttachMediaForVendorDocument, { ids, holder: `vendors:${purpose}`, purpose: purpose as MediaPurpose, ownerUserId }, requestId)).attachMediaForService);
  }
}
