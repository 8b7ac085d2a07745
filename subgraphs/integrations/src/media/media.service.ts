import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, assertId, requireCaller, requireUserId, type RequestContext } from '@realserv/platform';
import { MEDIA_POLICIES, sniffContentType } from './media-policy.js';
import { MediaFile, MediaPurpose, MediaStatus } from './media.entity.js';
import { STAGING_PREFIX, type MediaStorage } from './storage/media-storage.js';

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
    // The signed PUT writes only this staging key; confirmation copies the bytes to a final key.
    file.storageKey = `${STAGING_PREFIX}/${file.id}`;
    await ctx.em.flush();
    const uploadUrl = await this.storage.uploadUrl(file.storageKey, contentType, sizeBytes, UPLOAD_URL_SECONDS);
    return { file, uploadUrl, expiresAt: new Date(Date.now() + UPLOAD_URL_SECONDS * 1000) };
  }

  /**
   * Copies what was uploaded to a final key no URL can write, checks those bytes really are the
   * declared size and type, and records their SHA-256: a confirmed file never changes, whatever
   * is PUT to the (still valid) upload URL afterwards.
   */
  async confirmUpload(ctx: RequestContext, mediaId: string): Promise<MediaFile> {
    const file = await this.own(ctx, mediaId);
    if (file.status === MediaStatus.READY) return file;
    const stagingKey = file.storageKey;
    const finalKey = `${file.purpose.toLowerCase()}/${randomUUID()}`;
    const stored = await this.storage.promote(stagingKey, finalKey);
    if (!stored) throw new ConflictError('Nothing was uploaded for this file yet.', { reason: 'NOT_UPLOADED' });
    const problem =
      stored.sizeBytes !== file.sizeBytes
        ? new ValidationError('The uploaded file is not the declared size.', { reason: 'SIZE_MISMATCH' })
        : sniffContentType(stored.head) !== file.contentType
          ? new ValidationError('The uploaded file is not the declared type.', { reason: 'TYPE_MISMATCH' })
          : null;
    if (problem) {
      await this.storage.remove(finalKey);
      throw problem;
    }
    // Conditional: of two concurrent confirmations exactly one records its copy.
    const confirmedAt = new Date();
    const won = await ctx.em.nativeUpdate(
      MediaFile,
      { id: file.id, status: MediaStatus.PENDING_UPLOAD },
      { status: MediaStatus.READY, storageKey: finalKey, checksumSha256: stored.sha256, confirmedAt },
    );
    if (won === 0) {
      await this.storage.remove(finalKey);
      return ctx.em.refresh(file) as Promise<MediaFile>;
    }
    await this.storage.remove(stagingKey);
    return ctx.em.refresh(file) as Promise<MediaFile>;
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
