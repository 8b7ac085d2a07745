import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MediaFile, MediaPurpose, MediaReference, MediaStatus } from '../../subgraphs/integrations/src/media/media.entity.js';
import { eraseMediaOf } from '../../subgraphs/integrations/src/media/deleted-user-media.events.js';
import { closeMediaStore, openMediaStore, storedFile, type MediaStore } from './media-helpers.js';

/** integrations' UserDeleted handler, against a real database and a real storage directory; run twice, as a redelivered event would. */
describe('a deleted user’s uploads', () => {
  let store: MediaStore;
  beforeAll(async () => {
    store = await openMediaStore('media-erase-');
  });
  afterAll(() => closeMediaStore(store));

  async function upload(ownerUserId: string, purpose: MediaPurpose, confirmed = true): Promise<{ id: string; key: string }> {
    const id = randomUUID();
    const key = confirmed ? `${purpose.toLowerCase()}/${randomUUID()}` : `incoming/${id}`;
    await storedFile(store, { id, ownerUserId, purpose, storageKey: key, status: confirmed ? MediaStatus.READY : MediaStatus.PENDING_UPLOAD, withObject: true });
    return { id, key };
  }
  const statusOf = async (id: string) => (await store.orm.em.fork().findOneOrFail(MediaFile, { id })).status;

  it('every file they uploaded loses its object and reads as DELETED, catalog images and other users’ files stay; a second run changes nothing', async () => {
    const userId = randomUUID();
    const evidence = await upload(userId, MediaPurpose.DISPUTE_EVIDENCE);
    const attachment = await upload(userId, MediaPurpose.SUPPORT_ATTACHMENT);
    const unconfirmed = await upload(userId, MediaPurpose.SUPPORT_ATTACHMENT, false);
    const catalogImage = await upload(userId, MediaPurpose.CATALOG_IMAGE);
    const someoneElses = await upload(randomUUID(), MediaPurpose.DISPUTE_EVIDENCE);
    // A holder's reference does not keep a deleted account's file (unlike deleteMedia): the erasure is the owner's right.
    await store.orm.em.fork().insert(MediaReference, { mediaId: evidence.id, holder: 'orders:DISPUTE_EVIDENCE', createdAt: new Date() });

    expect(await eraseMediaOf(store.orm.em.fork(), store.storage, userId)).toBe(3);
    for (const gone of [evidence, attachment, unconfirmed]) {
      expect(existsSync(join(store.directory, gone.key))).toBe(false);
      expect(await statusOf(gone.id)).toBe(MediaStatus.DELETED);
    }
    for (const kept of [catalogImage, someoneElses]) {
      expect(existsSync(join(store.directory, kept.key))).toBe(true);
      expect(await statusOf(kept.id)).toBe(MediaStatus.READY);
    }

    // Redelivered: nothing left to erase, nothing else touched.
    expect(await eraseMediaOf(store.orm.em.fork(), store.storage, userId)).toBe(0);
    expect(existsSync(join(store.directory, catalogImage.key))).toBe(true);
    expect(await statusOf(someoneElses.id)).toBe(MediaStatus.READY);
  });
});
