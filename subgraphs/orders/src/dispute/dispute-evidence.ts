import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { AttachMediaForDisputeDocument, type AttachMediaForDisputeMutation } from '../ports/generated/integrations.js';

/** Evidence must be the caller's own confirmed uploads with the purpose DISPUTE_EVIDENCE (integrations owns the files). */
export interface DisputeEvidence {
  assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerDisputeEvidence implements DisputeEvidence {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void> {
    // Attached as SERVICE: integrations records orders as a holder (deleteMedia refuses) and returns the owner.
    const ids = [...new Set(mediaIds.map((id) => id.toLowerCase()))];
    if (!ids.length) return;
    let attached: AttachMediaForDisputeMutation['attachMediaForService'];
    try {
      attached = (await this.integrations.request(AttachMediaForDisputeDocument, { ids, ownerUserId }, requestId)).attachMediaForService;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError('evidenceMediaIds: not an uploaded file.', { field: 'evidenceMediaIds', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
    const files = attached.map((media): [string, (typeof attached)[number]] => [media.id, media]);
    for (const [id, media] of files) {
      if (media.status !== 'READY') throw new ValidationError(`evidenceMediaIds: ${id} was not confirmed.`, { field: 'evidenceMediaIds', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== 'DISPUTE_EVIDENCE') throw new ValidationError(`evidenceMediaIds: ${id} is not DISPUTE_EVIDENCE.`, { field: 'evidenceMediaIds', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`evidenceMediaIds: ${id} was uploaded by someone else.`, { field: 'evidenceMediaIds', reason: 'NOT_YOUR_MEDIA' });
    }
  }
}
