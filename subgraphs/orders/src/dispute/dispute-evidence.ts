import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { MediaForDisputeDocument, type MediaForDisputeQuery } from '../ports/generated/integrations.js';

/** Evidence must be the caller's own confirmed uploads with the purpose DISPUTE_EVIDENCE (integrations owns the files). */
export interface DisputeEvidence {
  assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerDisputeEvidence implements DisputeEvidence {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void> {
    // Read as SERVICE, which sees the owner (the same peer field vendors checks KYC documents with).
    const files = await Promise.all(
      [...new Set(mediaIds.map((id) => id.toLowerCase()))].map(async (id): Promise<[string, MediaForDisputeQuery['media']]> => {
        try {
          return [id, (await this.integrations.request(MediaForDisputeDocument, { id }, requestId)).media];
        } catch (error) {
          if (error instanceof NotFoundError || error instanceof ValidationError) {
            throw new ValidationError(`evidenceMediaIds: ${id} is not an uploaded file.`, { field: 'evidenceMediaIds', reason: 'UNKNOWN_MEDIA' });
          }
          throw error;
        }
      }),
    );
    for (const [id, media] of files) {
      if (media.status !== 'READY') throw new ValidationError(`evidenceMediaIds: ${id} was not confirmed.`, { field: 'evidenceMediaIds', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== 'DISPUTE_EVIDENCE') throw new ValidationError(`evidenceMediaIds: ${id} is not DISPUTE_EVIDENCE.`, { field: 'evidenceMediaIds', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`evidenceMediaIds: ${id} was uploaded by someone else.`, { field: 'evidenceMediaIds', reason: 'NOT_YOUR_MEDIA' });
    }
  }
}
