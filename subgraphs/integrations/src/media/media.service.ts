import { ConflictError, ForbiddenError, NotFoundError, ValidationError, assertId, requireCaller, requireUserId, type RequestContext } from '@realserv/platform';
import { MEDIA_POLICIES, sniffContentType } from './media-policy.js';
import { MediaFile, MediaPurpose, MediaStatus } from './media.entity.js';
import type { MediaStorage } from './storage.js';

const UPLOAD_URL_SECONDS = 10 * 60;
const DOWNLOAD_URL_SECONDS = 5 * 60;

export class MediaService {
  constructor(private readonly storage: MediaStorage) {}

  /** A short-lived URL to PUT exactly this type and size; the file counts only once confirmed. */
  async requestUpload(ctx: RequestContext, purpose: MediaPurpose, contentType: string, sizeBytes: number) {
    const caller = requireCaller(ctx);
    const ownerUserId = requireUserId(ctx);
    const policy = MEDIA_POLICIES[purpose];
    if (!policy.uploaders.some((r) => caller.roles.includes(r)) && !caller.roles.includes('ADMIN')) throw new ForbiddenError('You cannot upload this kind of file.');
    if (!policy.contentTypes.includes(contentType)) {
      throw new ValidationError(`${purpose} files must be ${policy.contentTypes.join(', ')}.`, { field: 'contentType' });
    }
    if (!Number.isInteger(sizeBytes) || sizeBytes < 1 || sizeBytes > policy.maxBytes) {
      throw new ValidationError(`${purpose} files must be 1 to ${policy.maxBytes} bytes.`, { field: 'sizeBytes', maxBytes: policy.maxBytes });
    }
    const file = ctx.em.create(MediaFile, { ownerUserId, purpose, contentType, sizeBytes, storageKey: '' });
    file.storageKey = `${purpose.toLowerCase()}/${file.id}`;
    await ctx.em.flush();
    const uploadUrl = await this.storage.uploadUrl(file.storageKey, contentType, sizeBytes, UPLOAD_URL_SECONDS);
    return { file, uploadUrl, expiresAt: new Date(Date.now() + UPLOAD_URL_SECONDS * 1000) };
  }

  /** Checks what was uploaded really is the declared size and type (by its bytes), then keeps it. */
  async confirmUpload(ctx: RequestContext, mediaId: string): Promise<MediaFile> {
    const file = await this.own(ctx, mediaId);
    if (file.status === MediaStatus.READY) return file;
    const stored = await this.storage.inspect(file.storageKey);
    if (!stored) throw new ConflictError('Nothing was uploaded for this file yet.', { reason: 'NOT_UPLOADED' });
    if (stored.sizeBytes !== file.sizeBytes) throw new ValidationError('The uploaded file is not the declared size.', { reason: 'SIZE_MISMATCH' });
    if (sniffContentType(stored.head) !== file.contentType) {
      throw new ValidationError('The uploaded file is not the declared type.', { reason: 'TYPE_MISMATCH' });
    }
    file.status = MediaStatus.READY;
    file.checksumSha256 = stored.sha256;
    file.confirmedAt = new Date();
    await ctx.em.flush();
    return file;
  }

  async find(ctx: RequestContext, mediaId: string): Promise<MediaFile> {
    const file = await ctx.em.findOne(MediaFile, { id: assertId(mediaId, 'mediaId') });
    if (!file || !this.canRead(ctx, file)) throw new NotFoundError('Media', mediaId);
    return file;
  }

  async downloadUrl(file: MediaFile): Promise<string | null> {
    return file.status === MediaStatus.READY ? this.storage.downloadUrl(file.storageKey, DOWNLOAD_URL_SECONDS) : null;
  }

  private canRead(ctx: RequestContext, file: MediaFile): boolean {
    const policy = MEDIA_POLICIES[file.purpose];
    if (policy.readers === 'PUBLIC') return true;
    const caller = ctx.caller;
    if (!caller) return false;
    // Peer subgraphs (vendors checking KYC documents and proofs) read as SERVICE.
    return caller.roles.includes('ADMIN') || caller.roles.includes('SERVICE') || caller.userId === file.ownerUserId || policy.readers.some((r) => caller.roles.includes(r));
  }

  private async own(ctx: RequestContext, mediaId: string): Promise<MediaFile> {
    const file = await ctx.em.findOne(MediaFile, { id: assertId(mediaId, 'mediaId') });
    if (!file || file.ownerUserId !== requireUserId(ctx)) throw new NotFoundError('Media', mediaId);
    return file;
  }
}
