import { confirmedUploads, type PeerClient } from '@realserv/platform';
import { AttachMediaForSupportDocument } from './generated/integrations.js';

export interface SupportAttachmentFile {
  mediaId: string;
  contentType: string;
  sizeBytes: number;
}

/** Support attachments live in integrations: checked there when attached (links: ports/media-downloads.ts). */
export interface SupportMedia {
  /** The files, if each is a confirmed SUPPORT_ATTACHMENT upload of `ownerUserId`; BAD_USER_INPUT (with a reason) otherwise. */
  usableAttachments(mediaIds: string[], ownerUserId: string, requestId: string): Promise<SupportAttachmentFile[]>;
}

/** Asks integrations as SERVICE, the way vendors checks KYC documents and delivery proofs (vendor/media-files.ts). */
export class PeerSupportMedia implements SupportMedia {
  constructor(private readonly integrations: PeerClient) {}

  async usableAttachments(mediaIds: string[], ownerUserId: string, requestId: string): Promise<SupportAttachmentFile[]> {
    // Records orders as a holder of the files (deleteMedia then refuses).
    const files = await confirmedUploads(mediaIds, { purpose: 'SUPPORT_ATTACHMENT', field: 'attachmentIds', ownerUserId }, async (ids) => (await this.integrations.request(AttachMediaForSupportDocument, { ids, ownerUserId }, requestId)).attachMediaForService);
    return files.map((media) => ({ mediaId: media.id, contentType: media.contentType, sizeBytes: media.sizeBytes }));
  }
}
