import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { metricsRegistry, type RequestContext } from '@realserv/platform';
import { MediaFile, MediaPurpose, MediaReference, MediaStatus } from '../../subgraphs/integrations/src/media/media.entity.js';
import { MediaService } from '../../subgraphs/integrations/src/media/media.service.js';
import { closeMediaStore, openMediaStore, storedFile, type MediaStore } from './media-helpers.js';

const HOUR = 3600_000;

/** The sweeper's job function and the attach/delete lock, against a real database and a real storage directory. */
describe('media sweeper and references', () => {
  let store: MediaStore;
  let service: MediaService;

  beforeAll(async () => {
    store = await openMediaStore('media-sweep-');
    service = new MediaService(store.storage, 'https://cdn.example.com/media');
  });
  afterAll(() => closeMediaStore(store));

  async function file(fields: Partial<MediaFile> & { ageHours: number; withObject: boolean }): Promise<MediaFile> {
    const { ageHours, ...rest } = fields;
    const id = randomUUID();
    const storageKey = fields.status === MediaStatus.READY ? `dispute_evidence/${randomUUID()}` : `incoming/${id}`;
    return storedFile(store, { ...rest, id, storageKey, createdAt: new Date(Date.now() - ageHours * HOUR) });
  }

  const swept = async () => (await metricsRegistry.getSingleMetric('media_unconfirmed_swept_total')!.get()).values[0]?.value ?? 0;

  it('removes uploads never confirmed within a day (object and row) and keeps newer ones and confirmed ones', async () => {
    const stale = await file({ ageHours: 25, withObject: true });
    const staleNeverPut = await file({ ageHours: 30, withObject: false });
    const fresh = await file({ ageHours: 23, withObject: true });
    const confirmed = await file({ ageHours: 48, withObject: true, status: MediaStatus.READY });
    const before = await swept();

    expect(await service.sweepUnconfirmed(store.orm.em.fork() as EntityManager)).toBe(2);

    const left = await store.orm.em.fork().find(MediaFile, { id: { $in: [stale.id, staleNeverPut.id, fresh.id, confirmed.id] } });
    expect(left.map((f) => f.id).sort()).toEqual([fresh.id, confirmed.id].sort());
    expect(existsSync(join(store.directory, stale.storageKey))).toBe(false);
    expect(existsSync(join(store.directory, fresh.storageKey))).toBe(true);
    expect(existsSync(join(store.directory, confirmed.storageKey))).toBe(true);
    expect((await swept()) - before).toBe(2);
    // A second run finds nothing more.
    expect(await service.sweepUnconfirmed(store.orm.em.fork() as EntityManager)).toBe(0);
    // Later, by the job's clock, the fresh one goes too.
    expect(await service.sweepUnconfirmed(store.orm.em.fork() as EntityManager, new Date(Date.now() + 2 * HOUR))).toBe(1);
  });

  it('an attach and a delete racing on the same file: exactly one wins, never a reference to a deleted file', async () => {
    for (let round = 0; round < 10; round++) {
      const owner = randomUUID();
      const media = await file({ ageHours: 1, withObject: true, status: MediaStatus.READY, ownerUserId: owner });
      const ctx = (roles: string[]) => ({ em: store.orm.em.fork(), caller: { userId: owner, roles, service: roles.includes('SERVICE') ? 'orders' : undefined }, requestId: 'test' }) as unknown as RequestContext;
      const [attach, remove] = await Promise.allSettled([
        service.attachForService(ctx(['SERVICE']), [media.id], 'orders:DISPUTE_EVIDENCE', MediaPurpose.DISPUTE_EVIDENCE, owner),
        service.deleteMedia(ctx(['BUYER']), media.id),
      ]);
      const row = await store.orm.em.fork().findOneOrFail(MediaFile, { id: media.id });
      const references = await store.orm.em.fork().count(MediaReference, { mediaId: media.id });
      if (attach.status === 'fulfilled') {
        expect(remove.status).toBe('rejected');
        expect((remove as PromiseRejectedResult).reason.details?.reason).toBe('MEDIA_IN_USE');
        expect(row.status).toBe(MediaStatus.READY);
        expect(references).toBe(1);
        expect(existsSync(join(store.directory, media.storageKey))).toBe(true);
      } else {
        expect(remove.status).toBe('fulfilled');
        expect(row.status).toBe(MediaStatus.DELETED);
        expect(references).toBe(0);
        expect(existsSync(join(store.directory, media.storageKey))).toBe(false);
      }
    }
  });

  it('public purposes get an unsigned URL under the configured base; private ones a signed one', async () => {
    const image = Object.assign(new MediaFile(), { purpose: MediaPurpose.CATALOG_IMAGE, status: MediaStatus.READY, storageKey: `catalog_image/${randomUUID()}` });
    expect(await service.downloadUrl(image)).toBe(`https://cdn.example.com/media/${image.storageKey}`);
    for (const purpose of Object.values(MediaPurpose).filter((p) => p !== MediaPurpose.CATALOG_IMAGE)) {
      const url = await service.downloadUrl(Object.assign(new MediaFile(), { purpose, status: MediaStatus.READY, storageKey: `${purpose.toLowerCase()}/${randomUUID()}` }));
      expect(url).toMatch(/^http:\/\/localhost\/media\/object\?.*sig=/);
    }
  });
});
