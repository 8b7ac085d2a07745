import { confirmedUploads, type PeerClient } from '@realserv/platform';
import { AttachMediaForCashProofDocument } from '../ports/generated/integrations.js';

/** A COD proof must be the caller's own confirmed upload with the purpose COD_PROOF (integrations owns the files). */
export interface CashProofs {
  assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void>;
}

export class PeerCashProofs implements CashProofs {
  constructor(private readonly integrations: PeerClient) {}

  async assertUsable(mediaId: string, ownerUserId: string, requestId: string): Promise<void> {
    // Attached as SERVICE (as dispute evidence and vendors' delivery proofs are): integrations records
    // orders as the photo's holder, so its owner cannot delete it while the payment shows it.
    await confirmedUploads([mediaId], { purpose: 'COD_PROOF', field: 'proofMediaId', ownerUserId }, async ([id]) => (await this.integrations.request(AttachMediaForCashProofDocument, { id: id!, ownerUserId }, requestId)).attachMediaForService);
  }
}
