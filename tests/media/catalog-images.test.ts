import { randomUUID } from 'node:crypto';
import type { Caller } from '@realserv/platform';
import { newBuyer, newVendorUser, seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { CREATE_MATERIAL, materialInput, newCategory } from '../catalog/catalog-queries.js';

const REQUEST = `mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }`;
const CONFIRM = `mutation C($id: ID!) { confirmUpload(mediaId: $id) { id status url } }`;
const DELETE = `mutation D($id: ID!) { deleteMedia(id: $id) { id status } }`;
const UPDATE_IMAGES = `mutation U($id: ID!, $ids: [String!]!) { updateMaterial(id: $id, input: { imageMediaIds: $ids }) { id imageMediaIds } }`;
const MATERIAL_IMAGES = `query M($id: ID) { material(id: $id) { id imageMediaIds } }`;
const ATTACH = `mutation A($ids: [ID!]!, $holder: String!, $recordId: ID) { attachMediaForService(mediaIds: $ids, holder: $holder, purpose: CATALOG_IMAGE, ownerUserId: null, recordId: $recordId) { id } }`;
const RELEASE = `mutation Rl($ids: [ID!]!, $holder: String!, $recordId: ID!) { releaseMediaForService(mediaIds: $ids, holder: $holder, recordId: $recordId) }`;

type Failure = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const extensionsOf = (response: Failure) => response.errors?.[0]?.extensions;
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 9)]);

async function upload(admin: Actor, purpose = 'CATALOG_IMAGE', confirm = true): Promise<{ id: string; url: string | null }> {
  const body = png(700);
  const { requestUpload } = await admin.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(REQUEST, { input: { purpose, contentType: 'image/png', sizeBytes: body.length } });
  expect((await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/png' }, body })).status).toBe(200);
  if (!confirm) return { id: requestUpload.media.id, url: null };
  const { confirmUpload } = await admin.ok<{ confirmUpload: { id: string; url: string } }>(CONFIRM, { id: requestUpload.media.id });
  return confirmUpload;
}

async function materialWith(admin: Actor, imageMediaIds: string[]): Promise<string> {
  const category = await newCategory(admin);
  return (await admin.ok<{ createMaterial: { id: string } }>(CREATE_MATERIAL, { input: materialInput(category.id, { imageMediaIds }) })).createMaterial.id;
}

const imagesOf = async (admin: Actor, id: string) => (await admin.ok<{ material: { imageMediaIds: string[] } }>(MATERIAL_IMAGES, { id })).material.imageMediaIds;

describe('catalog images in the media reference registry', () => {
  it('an image on a material cannot be deleted by its uploader; once replaced, the old one can be, and its bytes leave storage', async () => {
    const admin = await seededAdmin();
    const [first, second] = [await upload(admin), await upload(admin)];
    const materialId = await materialWith(admin, [first.id]);

    const refused = await admin.run(DELETE, { id: first.id });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(extensionsOf(refused)).toMatchObject({ reason: 'MEDIA_IN_USE', holders: ['catalog:CATALOG_IMAGE'], records: [{ holder: 'catalog:CATALOG_IMAGE', recordId: materialId }] });
    expect((await fetch(first.url!)).status).toBe(200);

    expect((await admin.ok<{ updateMaterial: { imageMediaIds: string[] } }>(UPDATE_IMAGES, { id: materialId, ids: [second.id] })).updateMaterial.imageMediaIds).toEqual([second.id]);
    expect(errorCodes(await admin.run(DELETE, { id: second.id }))).toEqual(['CONFLICT']);

    expect((await admin.ok<{ deleteMedia: { status: string } }>(DELETE, { id: first.id })).deleteMedia.status).toBe('DELETED');
    // The public URL served the object from storage; now there is nothing there.
    expect((await fetch(first.url!)).status).toBe(404);
    expect((await fetch(second.url!)).status).toBe(200);
  });

  it('an image two materials show stays in use until both drop it; setting the same images again is a no-op', async () => {
    const admin = await seededAdmin();
    const shared = await upload(admin);
    const [one, two] = [await materialWith(admin, [shared.id]), await materialWith(admin, [shared.id])];
    await admin.ok(UPDATE_IMAGES, { id: one, ids: [shared.id] });

    await admin.ok(UPDATE_IMAGES, { id: one, ids: [] });
    const refused = await admin.run(DELETE, { id: shared.id });
    expect(extensionsOf(refused)).toMatchObject({ reason: 'MEDIA_IN_USE', records: [{ holder: 'catalog:CATALOG_IMAGE', recordId: two }] });

    await admin.ok(UPDATE_IMAGES, { id: two, ids: [] });
    expect((await admin.ok<{ deleteMedia: { status: string } }>(DELETE, { id: shared.id })).deleteMedia.status).toBe('DELETED');
  });

  it('fails closed: an image integrations does not accept refuses the write, which changes nothing', async () => {
    const admin = await seededAdmin();
    const kept = await upload(admin);
    const materialId = await materialWith(admin, [kept.id]);
    const unconfirmed = await upload(admin, 'CATALOG_IMAGE', false);
    const attachment = await upload(admin, 'SUPPORT_ATTACHMENT');
    const deleted = await upload(admin);
    await admin.ok(DELETE, { id: deleted.id });

    const cases: Array<[string, string]> = [
      [unconfirmed.id, 'MEDIA_NOT_CONFIRMED'],
      [attachment.id, 'WRONG_MEDIA_PURPOSE'],
      [deleted.id, 'UNKNOWN_MEDIA'],
      [randomUUID(), 'UNKNOWN_MEDIA'],
    ];
    for (const [id, reason] of cases) {
      const update = await admin.run(UPDATE_IMAGES, { id: materialId, ids: [id] });
      expect(errorCodes(update)).toEqual(['BAD_USER_INPUT']);
      expect(extensionsOf(update)).toMatchObject({ field: 'imageMediaIds', reason });
      const category = await newCategory(admin);
      const input = materialInput(category.id, { imageMediaIds: [id] });
      expect(extensionsOf(await admin.run(CREATE_MATERIAL, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect((await admin.ok<{ material: unknown }>(`query S($slug: String) { material(slug: $slug) { id } }`, { slug: input.slug })).material).toBeNull();
    }
    // The refused updates left the material and its reference as they were.
    expect(await imagesOf(admin, materialId)).toEqual([kept.id]);
    expect(errorCodes(await admin.run(DELETE, { id: kept.id }))).toEqual(['CONFLICT']);
    // Nothing was pinned by the refused writes: the wrong-purpose file can still be deleted.
    expect((await admin.ok<{ deleteMedia: { status: string } }>(DELETE, { id: attachment.id })).deleteMedia.status).toBe('DELETED');
  });

  it('attaching and releasing are SERVICE-only, each holder only its own: refused for buyer, vendor and admin tokens and for another subgraph', async () => {
    const admin = await seededAdmin();
    const image = await upload(admin);
    const materialId = await materialWith(admin, [image.id]);
    const [buyer, vendor] = [await newBuyer(), await newVendorUser()];

    // Through the gateway the fields do not exist (@inaccessible).
    for (const actor of [buyer, vendor, admin]) {
      expect(errorCodes(await actor.run(RELEASE, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: materialId }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errorCodes(await actor.run(ATTACH, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: materialId }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    // Reaching integrations itself with a user's identity: FORBIDDEN.
    const user = (roles: Caller['roles']): Caller => ({ firebaseUid: `test:${randomUUID()}`, userId: randomUUID(), roles, vendorId: null, email: null, phone: null });
    for (const caller of [user(['BUYER']), user(['VENDOR']), user(['ADMIN'])]) {
      const release = await callSubgraph('integrations', RELEASE, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: materialId }, caller);
      expect((release.body.errors as Failure['errors'])?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Another subgraph cannot free (or pin) catalog's references.
    const orders: Caller = { firebaseUid: 'service:orders', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: 'orders' };
    const foreign = await callSubgraph('integrations', RELEASE, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: materialId }, orders);
    expect((foreign.body.errors as Failure['errors'])?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pin = await callSubgraph('integrations', ATTACH, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: randomUUID() }, orders);
    expect((pin.body.errors as Failure['errors'])?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errorCodes(await admin.run(DELETE, { id: image.id }))).toEqual(['CONFLICT']);

    // Catalog itself releases only what it holds for that record: releasing again, or for another record, changes nothing.
    const catalog: Caller = { ...orders, firebaseUid: 'service:catalog', service: 'catalog' };
    const other = await callSubgraph('integrations', RELEASE, { ids: [image.id], holder: 'catalog:CATALOG_IMAGE', recordId: randomUUID() }, catalog);
    expect(other.body.data).toEqual({ releaseMediaForService: [] });
    expect(errorCodes(await admin.run(DELETE, { id: image.id }))).toEqual(['CONFLICT']);
  });
});
