import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PeerUnavailableError, createLogger, type RequestContext } from '@realserv/platform';
import type { Auth } from 'firebase-admin/auth';
import { scratchOrm } from '../harness/scratch-db.js';
import { KycDocument, KycDocumentType, KycStatus, Vendor, VendorStatusChange, LocationSource } from '../../subgraphs/vendors/src/vendor/vendor.entity.js';
import { VendorService } from '../../subgraphs/vendors/src/vendor/vendor.service.js';
import type { MediaFiles } from '../../subgraphs/vendors/src/vendor/media-files.js';
import type { BusinessLocator } from '../../subgraphs/vendors/src/vendor/business-location.js';

/** What vendors' KYC submissions attach and release in integrations, against a real database (integrations answering or not). */
describe('KYC document references', () => {
  let orm: MikroORM;
  const attached: Array<[string, string[]]> = [];
  const released: Array<[string, string[]]> = [];
  let failedReleases = 0;
  const down = () => Promise.reject(new PeerUnavailableError('integrations', 'did not answer: ECONNREFUSED'));
  const media = (overrides: Partial<MediaFiles> = {}): MediaFiles => ({
    assertUsable: async (ids, _purpose, _owner, recordId) => {
      attached.push([recordId, ids]);
    },
    release: async (ids, _purpose, recordId) => {
      released.push([recordId, ids]);
    },
    releaseFailed: (_purpose, count) => {
      failedReleases += count;
    },
    ...overrides,
  });
  const service = (files: MediaFiles) => new VendorService({} as Auth, files, {} as BusinessLocator);

  async function vendor(): Promise<{ ctx: () => RequestContext; id: string }> {
    const em = orm.em.fork();
    const ownerUserId = randomUUID();
    const created = em.create(Vendor, {
      ownerUserId,
      ownerFirebaseUid: `test:${ownerUserId}`,
      businessName: 'Scratch Traders',
      gstin: `29${randomUUID().replace(/-/g, '').slice(0, 13).toUpperCase()}`,
      pan: 'ABCFA1234A',
      businessAddress: { line1: '1 Road', line2: null, city: 'Bengaluru', state: 'Karnataka', pincode: '560066', latitude: 12.98, longitude: 77.73, formattedAddress: '1 Road', locationSource: LocationSource.CLIENT },
      serviceRadiusKm: 20,
    });
    await em.flush();
    const ctx = () =>
      ({ em: orm.em.fork(), caller: { userId: ownerUserId, roles: ['VENDOR'], vendorId: created.id }, requestId: randomUUID(), log: createLogger('test', 'silent') }) as unknown as RequestContext;
    return { ctx, id: created.id };
  }
  const documents = (gst: string, pan: string, bank: string) => ({
    documents: [
      { type: KycDocumentType.GSTIN_CERTIFICATE, mediaId: gst },
      { type: KycDocumentType.PAN_CARD, mediaId: pan },
      { type: KycDocumentType.BANK_PROOF, mediaId: bank },
    ],
  });
  const mediaIdsOf = async (vendorId: string) => (await orm.em.fork().find(KycDocument, { vendorId })).map((d) => d.mediaId).sort();

  beforeAll(async () => {
    orm = await scratchOrm([Vendor, KycDocument, VendorStatusChange]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });
  beforeEach(() => {
    attached.length = 0;
    released.length = 0;
  });

  it('attaches under the vendor id only the files a resubmission adds, and releases after the commit only those it replaced', async () => {
    const { ctx, id } = await vendor();
    const [gst, pan, bank, newPan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await service(media()).submitKyc(ctx(), documents(gst, pan, bank));
    expect(attached).toEqual([[id, [gst, pan, bank]]]);
    expect(released).toEqual([]);

    attached.length = 0;
    await service(media()).submitKyc(ctx(), documents(gst, newPan.toUpperCase(), bank));
    expect(attached).toEqual([[id, [newPan]]]);
    expect(released).toEqual([[id, [pan]]]);
    expect(await mediaIdsOf(id)).toEqual([gst, newPan, bank].sort());
  });

  it('integrations not answering the attach refuses the resubmission, which changes nothing; what may have been recorded is released', async () => {
    const { ctx, id } = await vendor();
    const [gst, pan, bank, newPan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await service(media()).submitKyc(ctx(), documents(gst, pan, bank));
    released.length = 0;

    await expect(service(media({ assertUsable: down })).submitKyc(ctx(), documents(gst, newPan, bank))).rejects.toBeInstanceOf(PeerUnavailableError);
    expect(await mediaIdsOf(id)).toEqual([gst, pan, bank].sort());
    // The refused submission's new file is released (the old ones are what the vendor still uses).
    expect(released).toEqual([[id, [newPan]]]);
    expect((await orm.em.fork().findOneOrFail(Vendor, { id })).kycStatus).toBe(KycStatus.SUBMITTED);
  });

  it('a release that fails after the commit keeps the submission and is counted', async () => {
    const { ctx, id } = await vendor();
    const [gst, pan, bank, newGst] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await service(media()).submitKyc(ctx(), documents(gst, pan, bank));
    const before = failedReleases;
    await service(media({ release: down })).submitKyc(ctx(), documents(newGst, pan, bank));
    expect(await mediaIdsOf(id)).toEqual([newGst, pan, bank].sort());
    expect(failedReleases - before).toBe(1);
  });

  it('an approved KYC cannot be resubmitted: nothing is attached or released', async () => {
    const { ctx, id } = await vendor();
    const [gst, pan, bank] = [randomUUID(), randomUUID(), randomUUID()];
    await service(media()).submitKyc(ctx(), documents(gst, pan, bank));
    await orm.em.fork().nativeUpdate(Vendor, { id }, { kycStatus: KycStatus.APPROVED });
    attached.length = 0;
    await expect(service(media()).submitKyc(ctx(), documents(randomUUID(), pan, bank))).rejects.toMatchObject({ details: { reason: 'KYC_APPROVED' } });
    expect(attached).toEqual([]);
    expect(released).toEqual([]);
    expect(await mediaIdsOf(id)).toEqual([gst, pan, bank].sort());
  });
});
