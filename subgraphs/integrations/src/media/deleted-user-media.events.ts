import { on, type EventSubscription } from '@realserv/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserDeleted } from '@realserv/contracts';
import { MediaFile, MediaPurpose, MediaStatus } from './media.entity.js';
import { STAGING_PREFIX, isStagingKey, type MediaStorage } from './storage/media-storage.js';

/**
 * Kept when their uploader's account is deleted: catalog images an admin published are the
 * marketplace's content, not the admin's personal data (deleting them would break listings).
 */
const KEPT_ON_ACCOUNT_DELETION: readonly MediaPurpose[] = [MediaPurpose.CATALOG_IMAGE];
const BATCH = 200;

/**
 * A user deleted their account (identity): every file they uploaded (a buyer's dispute evidence
 * and support attachments; docs/account-deletion.md) loses its stored object and its row becomes
 * DELETED, as deleteMedia leaves it. The row stays so holders' references (a dispute's evidence
 * ids, a ticket message's attachments) still resolve, to no link: mediaDownloadsForService
 * answers `url: null` for a DELETED file. Objects are removed before the rows are marked, outside
 * a transaction (storage is a network call): a crash in between leaves rows a redelivered event
 * finds again, and removing a removed object is a no-op, so it is idempotent.
 */
export function deletedUserMediaSubscriptions(storage: MediaStorage): EventSubscription[] {
  return [on(UserDeleted, 'erase-deleted-user-media', (event, em) => eraseMediaOf(em, storage, event.payload.userId).then(() => undefined), { transaction: 'handler' })];
}

/** Deletes what `ownerUserId` uploaded (but what is kept); returns how many files it erased. */
export async function eraseMediaOf(em: EntityManager, storage: MediaStorage, ownerUserId: string): Promise<number> {
  let erased = 0;
  for (;;) {
    const files = await em.find(
      MediaFile,
      { ownerUserId, status: { $ne: MediaStatus.DELETED }, purpose: { $nin: [...KEPT_ON_ACCOUNT_DELETION] } },
      { orderBy: { id: 'asc' }, limit: BATCH },
    );
    if (!files.length) return erased;
    for (const file of files) {
      await storage.remove(file.storageKey);
      // A confirmed file's staging copy is normally gone already; an unconfirmed one has only that.
      if (!isStagingKey(file.storageKey)) await storage.remove(`${STAGING_PREFIX}/${file.id}`);
    }
    await em.nativeUpdate(MediaFile, { id: { $in: files.map((f) => f.id) }, status: { $ne: MediaStatus.DELETED } }, { status: MediaStatus.DELETED, deletedAt: new Date() });
    erased += files.length;
    em.clear();
  }
}
