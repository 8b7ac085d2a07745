import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { AttachMediaForSupportDocument, type AttachMediaForSupportMutation } from './generated/integrations.js';

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
    const ids = [...new Set(mediaIds.map((id) => id.toLowerCase()))];
    if (!ids.length) return [];
    const found = await this.attach(ids, ownerUserId, requestId);
    return found.map((media, i) => {
      const id = ids[i]!;
      if (media.status !== 'READY') throw new ValidationError(`mediaId ${id} was not confirmed.`, { field: 'attachmentIds', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== 'SUPPORT_ATTACHMENT') throw new ValidationError(`mediaId ${id} is not a SUPPORT_ATTACHMENT.`, { field: 'attachmentIds', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`mediaId ${id} was uploaded by someone else.`, { field: 'attachmentIds', reason: 'NOT_YOUR_MEDIA' });
      return { mediaId: id, contentType: media.contentType, sizeBytes: media.sizeBytes };
    });
  }

  /** Records orders as a holder of the files (deleteMedia then refuses) and returns them in order. */
  private async attach(ids: string[], ownerUserId: string, requestId: string): Promise<AttachMediaForSupportMutation['attachMediaForService']> {
    try {
      return (await this.integrations.request(AttachMediaForSupportDocument, { ids, ownerUserId }, requestId)).attachMediaForService;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError('attachmentIds: not an uploaded file.', { field: 'attachmentIds', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
  }
}
