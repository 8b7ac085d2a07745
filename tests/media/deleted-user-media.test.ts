import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { scratchOrm } from '../harness/scratch-db.js';
import { MediaFile, MediaPurpose, MediaReference, MediaStatus } from '../../subgraphs/integrations/src/media/media.entity.js';
import { eraseMediaOf } from '../../subgraphs/integrations/src/media/deleted-user-media.events.js';
import { LocalMediaStorage } from '../../subgraphs/integrations/src/media/storage/local/local-media-storage.js';

/** integrations' UserDeleted handler, against a real database and a real storage directory; run twice, as a redelivered event would. */
describe('a deleted user’s uploads', () => {
  let orm: MikroORM;
  let directory: string;
  let storage: LocalMediaStorage;

  beforeAll(async () => {
    orm = await scratchOrm([MediaFile, MediaReference]);
    directory = mkdtempSync(join(tmpdir(), 'media-erase-'));
    storage = new LocalMediaStorage(directory, 'http://localhost', 'k'.repeat(32));
  });
  afterAll(async () => {
    await orm?.close(true);
    rmSync(directory, { recursive: true, force: true });
  });

  async function upload(ownerUserId: string, purpose: MediaPurpose, confirmed = true): Promise<{ id: string; key: string }> {
    const em = orm.em.fork();
    const id = randomUUID();
    const key = confirmed ? `${purpose.toLowerCase()}/${randomUUID()}` : `incoming/${id}`;
    em.create(MediaFile, { id, ownerUserId, purpose, contentType: 'application/pdf', sizeBytes: 10, storageKey: key, status: confirmed ? MediaStatus.READY : MediaStatus.PENDING_UPLOAD });
    await em.flush();
    mkdirSync(join(directory, key.split('/')[0]!), { recursive: true });
    writeFileSync(join(directory, key), '%PDF-1.7 x');
    return { id, key };
  }
  const statusOf = async (id: string) => (await orm.em.fork().findOneOrFail(MediaFile, { id })).status;

  it('every file they uploaded loses its object and reads as DELETED, catalog images and other users’ files stay; a second run changes nothing', async () => {
    const userId = randomUUID();
    const evidence = await upload(userId, MediaPurpose.DISPUTE_EVIDENCE);
    const attachment = await upload(userId, MediaPurpose.SUPPORT_ATTACHMENT);
    const unconfirmed = await upload(userId, MediaPurpose.SUPPORT_ATTACHMENT, false);
    const catalogImage = await upload(userId, MediaPurpose.CATALOG_IMAGE);
    const someoneElses = await upload(randomUUID(), MediaPurpose.DISPUTE_EVIDENCE);
    // A holder's reference does not keep a deleted account's file (unlike deleteMedia): the erasure is the owner's right.
    await orm.em.fork().insert(MediaReference, { mediaId: evidence.id, holder: 'orders:DISPUTE_EVIDENCE', createdAt: new Date() });

    expect(await eraseMediaOf(orm.em.fork(), storage, userId)).toBe(3);
    for (const gone of [evidence, attachment, unconfirmed]) {
      expect(existsSync(join(directory, gone.key))).toBe(false);
      expect(await statusOf(gone.id)).toBe(MediaStatus.DELETED);
    }
    for (const kept of [catalogImage, someoneElses]) {
      expect(existsSync(join(directory, kept.key))).toBe(true);
      expect(await statusOf(kept.id)).toBe(MediaStatus.READY);
    }

    // Redelivered: nothing left to erase, nothing else touched.
    expect(await eraseMediaOf(orm.em.fork(), storage, userId)).toBe(0);
    expect(existsSync(join(directory, catalogImage.key))).toBe(true);
    expect(await statusOf(someoneElses.id)).toBe(MediaStatus.READY);
  });
});
