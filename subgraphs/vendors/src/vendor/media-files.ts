import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { AttachMediaForVendorDocument, type AttachMediaForVendorMutation, type MediaPurpose } from '../ports/generated/integrations.js';

/** Media ids given to vendors must be confirmed uploads of the right purpose by the caller; integrations records them as used (deleteMedia then refuses). */
export interface MediaFiles {
  assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerMediaFiles implements MediaFiles {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void> {
    const ids = [...new Set(mediaIds.map((id) => id.toLowerCase()))];
    if (!ids.length) return;
    let files: AttachMediaForVendorMutation['attachMediaForService'];
    try {
      files = (await this.integrations.request(AttachMediaForVendorDocument, { ids, holder: `vendors:${purpose}`, purpose: purpose as MediaPurpose, ownerUserId }, requestId)).attachMediaForService;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError(`mediaId is not an uploaded file.`, { field: 'mediaId', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
    for (const media of files) {
      const id = media.id;
      if (media.status !== 'READY') throw new ValidationError(`mediaId ${id} was not confirmed.`, { field: 'mediaId', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== purpose) throw new ValidationError(`mediaId ${id} is not a ${purpose}.`, { field: 'mediaId', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`mediaId ${id} was uploaded by someone else.`, { field: 'mediaId', reason: 'NOT_YOUR_MEDIA' });
    }
  }
}
