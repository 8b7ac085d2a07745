import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { MediaForVendorDocument, type MediaForVendorQuery } from '../ports/generated/integrations.js';

/** Media ids given to vendors must be confirmed uploads of the right purpose by the caller. */
export interface MediaFiles {
  assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerMediaFiles implements MediaFiles {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: string[], purpose: string, ownerUserId: string, requestId: string): Promise<void> {
    for (const id of new Set(mediaIds)) {
      let media: MediaForVendorQuery['media'];
      try {
        media = (await this.integrations.request(MediaForVendorDocument, { id }, requestId)).media;
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ValidationError) {
          throw new ValidationError(`mediaId ${id} is not an uploaded file.`, { field: 'mediaId', reason: 'UNKNOWN_MEDIA' });
        }
        throw error;
      }
      if (media.status !== 'READY') throw new ValidationError(`mediaId ${id} was not confirmed.`, { field: 'mediaId', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== purpose) throw new ValidationError(`mediaId ${id} is not a ${purpose}.`, { field: 'mediaId', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`mediaId ${id} was uploaded by someone else.`, { field: 'mediaId', reason: 'NOT_YOUR_MEDIA' });
    }
  }
}
