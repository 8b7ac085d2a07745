import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { MediaForCashProofDocument, type MediaForCashProofQuery } from '../ports/generated/integrations.js';

/** A COD proof must be the caller's own confirmed upload with the purpose COD_PROOF (integrations owns the files). */
export interface CashProofs {
  assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerCashProofs implements CashProofs {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void> {
    let media: MediaForCashProofQuery['media'];
    try {
      // Read as SERVICE, which sees the owner (as dispute evidence and vendors' delivery proofs are checked).
      media = (await this.integrations.request(MediaForCashProofDocument, { id: mediaId }, requestId)).media;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError(`proofMediaId: ${mediaId} is not an uploaded file.`, { field: 'proofMediaId', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
    if (media.status !== 'READY') throw new ValidationError(`proofMediaId: ${mediaId} was not confirmed.`, { field: 'proofMediaId', reason: 'MEDIA_NOT_CONFIRMED' });
    if (media.purpose !== 'COD_PROOF') throw new ValidationError(`proofMediaId: ${mediaId} is not a COD_PROOF upload.`, { field: 'proofMediaId', reason: 'WRONG_MEDIA_PURPOSE' });
    if (media.ownerUserId !== ownerUserId) throw new ValidationError(`proofMediaId: ${mediaId} was uploaded by someone else.`, { field: 'proofMediaId', reason: 'NOT_YOUR_MEDIA' });
  }
}
