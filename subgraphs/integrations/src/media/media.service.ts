import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, assertId, requireCaller, requireUserId, type RequestContext } from '@realserv/platform';
import { MEDIA_POLICIES, sniffContentType } from './media-policy.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MediaFile, MediaPurpose, MediaReference, MediaStatus } from './media.entity.js';
import { mediaMetrics } from './media-metrics.js';
import { STAGING_PREFIX, type MediaStorage } from './storage/media-storage.js';

const UPLOAD_URL_SECONDS = 10 * 60;
const DOWNLOAD_URL_SECONDS = 5 * 60;
/** Uploads requested longer ago than this and never confirmed are swept (objects and rows). */
export const UNCONFIRMED_TTL_MS = 24 * 60 * 60 * 1000;
const SWEEP_BATCH = 500;

export class MediaService {
  /**
   * @param publicBaseUrl where PUBLIC purposes (catalog images) are served without signing: a CDN
   * in front of the bucket's catalog_image/ prefix, or the local adapter's /media/public route.
   */
  constructor(
    private readonly storage: MediaStorage,
    private readonly publicBaseUrl: string,
  ) {}

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
    const file = await ctx.em.findOne(MediaFile, { id: assertId(mediaId, 'mediaId'), status: { $ne: MediaStatus.DELETED } });
    if (!file || !this.canRead(ctx, file)) throw new NotFoundError('Media', mediaId);
    return file;
  }

  /** PUBLIC purposes: a stable unsigned URL under the public base; every other purpose: a short-lived signed URL. */
  async downloadUrl(file: MediaFile): Promise<string | null> {
    if (file.status !== MediaStatus.READY) return null;
    if (MEDIA_POLICIES[file.purpose].readers === 'PUBLIC') return `${this.publicBaseUrl.replace(/\/+$/, '')}/${file.storageKey}`;
    return this.storage.downloadUrl(file.storageKey, DOWNLOAD_URL_SECONDS);
  }

  /**
   * Peer subgraphs, as they accept media ids (KYC, proofs, disputes, support messages, catalog
   * materials): records that `holder` (and, when given, its record `recordId`) uses each file and
   * returns the files for their own checks. Idempotent: attaching again records nothing new.
   * Under the same row lock deleteMedia takes, so an attach and a delete are serialised: either
   * the attach comes first (the delete then sees the reference and refuses) or the delete does
   * (the attach then sees DELETED and answers NOT_FOUND, so the holder refuses the id).
   */
  async attachForService(
    ctx: RequestContext,
    mediaIds: readonly string[],
    holder: string,
    purpose: MediaPurpose,
    ownerUserId: string | null,
    recordId?: string | null,
  ): Promise<MediaFile[]> {
    const ids = mediaIdsOf(mediaIds);
    const record = this.checkHolder(ctx, holder, recordId);
    // Public files (catalog images) are shared work: any admin's upload may go on a material.
    if (ownerUserId == null && MEDIA_POLICIES[purpose].readers !== 'PUBLIC') throw new ValidationError(`Name the owner of ${purpose} files.`, { field: 'ownerUserId' });
    return ctx.em.transactional(async (em) => {
      const files = await em.find(MediaFile, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
      const byId = new Map(files.map((f) => [f.id, f]));
      for (const id of ids) {
        const file = byId.get(id);
        if (!file || file.status === MediaStatus.DELETED) throw new NotFoundError('Media', id);
      }
      // Only confirmed files of that purpose and owner are usable; the holder refuses the others
      // from what is returned, and nobody can pin someone else's file by naming its id.
      const usable = files.filter((f) => f.status === MediaStatus.READY && f.purpose === purpose && (ownerUserId == null || f.ownerUserId === ownerUserId.toLowerCase()));
      if (usable.length) {
        await em
          .createQueryBuilder(MediaReference)
          .insert(usable.map((f) => ({ mediaId: f.id, holder, recordId: record, createdAt: new Date() })))
          .onConflict(['mediaId', 'holder', 'recordId'])
          .ignore()
          .execute();
      }
      return ids.map((id) => byId.get(id)!);
    });
  }

  /**
   * The holder that attached files for `recordId` no longer uses them: its references go, and
   * deleteMedia may then delete a file nobody else holds. Only the subgraph named in `holder`
   * may release (FORBIDDEN otherwise); releasing what is not held is a no-op, so a retry is safe.
   * Returns the ids whose reference was removed.
   */
  async releaseForService(ctx: RequestContext, mediaIds: readonly string[], holder: string, recordId: string): Promise<string[]> {
    const ids = mediaIdsOf(mediaIds);
    const record = this.checkHolder(ctx, holder, recordId);
    if (!record) throw new ValidationError('Name the record that drops the files.', { field: 'recordId' });
    const held = await ctx.em.find(MediaReference, { mediaId: { $in: ids }, holder, recordId: record });
    if (!held.length) return [];
    const removed = await ctx.em.nativeDelete(MediaReference, { mediaId: { $in: held.map((h) => h.mediaId) }, holder, recordId: record });
    mediaMetrics.released.inc(removed);
    return held.map((h) => h.mediaId);
  }

  /** holder must be `<calling subgraph>:<USE>`, so one subgraph cannot pin or free another's files; returns the record id ('' when none). */
  private checkHolder(ctx: RequestContext, holder: string, recordId: string | null | undefined): string {
    if (!/^[a-z]+:[A-Z_]{1,40}$/.test(holder)) throw new ValidationError('holder must look like vendors:KYC_DOCUMENT.', { field: 'holder' });
    const service = requireCaller(ctx).service;
    if (!service || holder.split(':')[0] !== service) throw new ForbiddenError(`Only ${holder.split(':')[0]} attaches or releases ${holder}.`);
    if (recordId == null || recordId === '') return '';
    if (!/^[A-Za-z0-9-]{1,64}$/.test(recordId)) throw new ValidationError('recordId must be 1 to 64 letters, digits or hyphens.', { field: 'recordId' });
    return recordId.toLowerCase();
  }

  /**
   * The owner (or an admin) deletes a file nothing uses: CONFLICT (reason MEDIA_IN_USE) while any
   * holder references it, NOT_FOUND for others' files; deleting a deleted file again is a no-op.
   * The row is marked DELETED under its lock (see attachForService), then the object removed.
   */
  async deleteMedia(ctx: RequestContext, mediaId: string): Promise<MediaFile> {
    const caller = requireCaller(ctx);
    const userId = requireUserId(ctx);
    const id = assertId(mediaId, 'mediaId');
    const file = await ctx.em.transactional(async (em) => {
      const found = await em.findOne(MediaFile, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found || (found.ownerUserId !== userId && !caller.roles.includes('ADMIN'))) throw new NotFoundError('Media', mediaId);
      if (found.status === MediaStatus.DELETED) return found;
      const uses = await em.find(MediaReference, { mediaId: id }, { orderBy: { holder: 'asc', recordId: 'asc' } });
      if (uses.length) {
        throw new ConflictError('This file is in use and cannot be deleted.', {
          reason: 'MEDIA_IN_USE',
          holders: [...new Set(uses.map((u) => u.holder))],
          // Which records, for holders that name them (catalog: the material ids).
          records: uses.filter((u) => u.recordId).map((u) => ({ holder: u.holder, recordId: u.recordId })),
        });
      }
      found.status = MediaStatus.DELETED;
      found.deletedAt = new Date();
      return found;
    });
    // After the commit: a failed removal leaves a DELETED row whose object a retry removes.
    await this.removeObjects(file);
    return file;
  }

  /**
   * The sweeper: uploads requested more than a day before `now` and never confirmed lose their
   * staging object and their row. Rows are taken with SKIP LOCKED so instances share the work
   * and a confirmation in progress (which locks nothing but updates conditionally) either wins
   * first or finds its row gone (NOT_FOUND).
   */
  async sweepUnconfirmed(em: EntityManager, now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS);
    let swept = 0;
    for (;;) {
      const batch = await em.transactional(async (tx) => {
        const stale = await tx.find(
          MediaFile,
          { status: MediaStatus.PENDING_UPLOAD, createdAt: { $lt: cutoff } },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: SWEEP_BATCH, orderBy: { createdAt: 'asc' } },
        );
        for (const file of stale) await this.storage.remove(file.storageKey);
        if (stale.length) await tx.nativeDelete(MediaFile, { id: { $in: stale.map((f) => f.id) }, status: MediaStatus.PENDING_UPLOAD });
        return stale.length;
      });
      swept += batch;
      if (batch < SWEEP_BATCH) break;
    }
    if (swept) mediaMetrics.swept.inc(swept);
    return swept;
  }

  private async removeObjects(file: MediaFile): Promise<void> {
    await this.storage.remove(file.storageKey);
    // A file confirmed from staging: its staging copy is already gone; one never confirmed has only that.
    if (!file.storageKey.startsWith(`${STAGING_PREFIX}/`)) await this.storage.remove(`${STAGING_PREFIX}/${file.id}`);
    mediaMetrics.deleted.inc();
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
    const file = await ctx.em.findOne(MediaFile, { id: assertId(mediaId, 'mediaId'), status: { $ne: MediaStatus.DELETED } });
    if (!file || file.ownerUserId !== requireUserId(ctx)) throw new NotFoundError('Media', mediaId);
    return file;
  }
}

function mediaIdsOf(mediaIds: readonly string[]): string[] {
  const ids = [...new Set(mediaIds.map((id) => assertId(id, 'mediaIds').toLowerCase()))];
  if (ids.length < 1 || ids.length > 20) throw new ValidationError('Give 1 to 20 files at a time.', { field: 'mediaIds' });
  return ids;
}
