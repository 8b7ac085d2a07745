import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { scratchOrm } from '../harness/scratch-db.js';
import { MediaFile, MediaPurpose, MediaReference, MediaStatus } from '../../subgraphs/integrations/src/media/media.entity.js';
import { LocalMediaStorage } from '../../subgraphs/integrations/src/media/storage/local/local-media-storage.js';

/** integrations' media tables on a scratch database and a real local storage directory. */
export interface MediaStore {
  orm: MikroORM;
  directory: string;
  storage: LocalMediaStorage;
}

export async function openMediaStore(prefix: string): Promise<MediaStore> {
  const orm = await scratchOrm([MediaFile, MediaReference]);
  const directory = mkdtempSync(join(tmpdir(), prefix));
  return { orm, directory, storage: new LocalMediaStorage(directory, 'http://localhost', 'k'.repeat(32)) };
}

export async function closeMediaStore(store: MediaStore | undefined): Promise<void> {
  if (!store) return;
  await store.orm.close(true);
  rmSync(store.directory, { recursive: true, force: true });
}

/** A media row (a 10-byte PDF, unconfirmed unless `status` says so) and, with `withObject`, its object in storage. */
export async function storedFile(
  store: MediaStore,
  fields: Partial<MediaFile> & { storageKey: string; withObject: boolean },
): Promise<MediaFile> {
  const { withObject, ...row } = fields;
  const em = store.orm.em.fork();
  const created = em.create(MediaFile, {
    id: randomUUID(),
    ownerUserId: randomUUID(),
    purpose: MediaPurpose.DISPUTE_EVIDENCE,
    contentType: 'application/pdf',
    sizeBytes: 10,
    status: MediaStatus.PENDING_UPLOAD,
    ...row,
  });
  await em.flush();
  if (withObject) {
    mkdirSync(join(store.directory, row.storageKey.split('/')[0]!), { recursive: true });
    writeFileSync(join(store.directory, row.storageKey), '%PDF-1.7 x');
  }
  return created;
}
