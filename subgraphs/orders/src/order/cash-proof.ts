import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { AttachMediaForCashProofDocument, type AttachMediaForCashProofMutation } from '../ports/generated/integrations.js';

/** A COD proof must be the caller's own confirmed upload with the purpose COD_PROOF (integrations owns the files). */
export interface CashProofs {
  assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerCashProofs implements CashProofs {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void> {
    let media: AttachMediaForCashProofMutation['attachMediaForService'][number] | undefined;
    try {
      // Attached as SERVICE (as dispute evidence and vendors' delivery proofs are): integrations records
      // orders as the photo's holder, so its owner cannot delete it while the payment shows it.
      media = (await this.integrations.request(AttachMediaForCashProofDocument, { id: mediaId, ownerUserId }, requestId)).attachMediaForService[0];
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError(`proofMediaId: ${mediaId} is not an uploaded file.`, { field: 'proofMediaId', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
    if (!media) throw new ValidationError(`proofMediaId: ${mediaId} is not an uploaded file.`, { field: 'proofMediaId', reason: 'UNKNOWN_MEDIA' });
    if (media.status !== 'READY') throw new ValidationError(`proofMediaId: ${mediaId} was not confirmed.`, { field: 'proofMediaId', reason: 'MEDIA_NOT_CONFIRMED' });
    if (media.purpose !== 'COD_PROOF') throw new ValidationError(`proofMediaId: ${mediaId} is not a COD_PROOF upload.`, { field: 'proofMediaId', reason: 'WRONG_MEDIA_PURPOSE' });
    if (media.ownerUserId !== ownerUserId) throw new ValidationError(`proofMediaId: ${mediaId} was uploaded by someone else.`, { field: 'proofMediaId', reason: 'NOT_YOUR_MEDIA' });
  }
}
