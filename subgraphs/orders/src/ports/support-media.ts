import { NotFoundError, ValidationError, type PeerClient } from '@realserv/platform';
import { MediaForSupportDocument, type MediaForSupportQuery } from './generated/integrations.js';

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
    const found = await Promise.all(ids.map((id) => this.media(id, requestId)));
    return found.map((media, i) => {
      const id = ids[i]!;
      if (media.status !== 'READY') throw new ValidationError(`mediaId ${id} was not confirmed.`, { field: 'attachmentIds', reason: 'MEDIA_NOT_CONFIRMED' });
      if (media.purpose !== 'SUPPORT_ATTACHMENT') throw new ValidationError(`mediaId ${id} is not a SUPPORT_ATTACHMENT.`, { field: 'attachmentIds', reason: 'WRONG_MEDIA_PURPOSE' });
      if (media.ownerUserId !== ownerUserId) throw new ValidationError(`mediaId ${id} was uploaded by someone else.`, { field: 'attachmentIds', reason: 'NOT_YOUR_MEDIA' });
      return { mediaId: id, contentType: media.contentType, sizeBytes: media.sizeBytes };
    });
  }

  private async media(id: string, requestId: string): Promise<MediaForSupportQuery['media']> {
    try {
      return (await this.integrations.request(MediaForSupportDocument, { id }, requestId)).media;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) {
        throw new ValidationError(`mediaId ${id} is not an uploaded file.`, { field: 'attachmentIds', reason: 'UNKNOWN_MEDIA' });
      }
      throw error;
    }
  }
}
