import { confirmedUploads, type PeerClient } from '@realserv/platform';
import { AttachMediaForDisputeDocument } from '../ports/generated/integrations.js';

/** Evidence must be the caller's own confirmed uploads with the purpose DISPUTE_EVIDENCE (integrations owns the files). */
export interface DisputeEvidence {
  assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerDisputeEvidence implements DisputeEvidence {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaIds: readonly string[], ownerUserId: string, requestId: string): Promise<void> {
    // Attached as SERVICE: integrations records orders as a holder (deleteMedia refuses) and returns the owner.
    await confirmedUploads(mediaIds, { purpose: 'DISPUTE_EVIDENCE', field: 'evidenceMediaIds', ownerUserId }, async (ids) => (await this.integrations.request(AttachMediaForDisputeDocument, { ids, ownerUserId }, requestId)).attachMediaForService);
  }
}
