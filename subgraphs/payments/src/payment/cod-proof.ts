import { NotFoundError, type PeerClient } from '@realserv/platform';
import { CodProofUrlDocument } from '../ports/generated/integrations.js';

/** Signed download links of COD receipt photos (integrations owns the files and signs the links). */
export interface CodProofUrls {
  /** The link, or null when the file is gone (deleted from storage). */
  urlOf(mediaId: string, requestId: string): Promise<string | null>;
}

export class PeerCodProofUrls implements CodProofUrls {
  constructor(private readonly integrations: PeerClient) {}

  async urlOf(mediaId: string, requestId: string): Promise<string | null> {
    try {
      return (await this.integrations.request(CodProofUrlDocument, { id: mediaId }, requestId)).media.url ?? null;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
