import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OutboxEvent, PeerUnavailableError, createLogger, type RequestContext } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { Category, CategoryKind } from '../../subgraphs/catalog/src/category/category.entity.js';
import { CategoryService } from '../../subgraphs/catalog/src/category/category.service.js';
import { GstRate } from '../../subgraphs/catalog/src/gst/gst-rate.entity.js';
import { Material } from '../../subgraphs/catalog/src/material/material.entity.js';
import { MaterialService } from '../../subgraphs/catalog/src/material/material.service.js';
import type { MaterialImages } from '../../subgraphs/catalog/src/material/material-images.js';
import { SaleUnit } from '../../subgraphs/catalog/src/material/sale-unit.js';
import type { CreateMaterialInput } from '../../subgraphs/catalog/src/material/material.inputs.js';

/** integrations unreachable: what catalog's material writes do, against a real database. */
describe('material images when integrations does not answer', () => {
  let orm: MikroORM;
  let categoryId: string;
  const down = () => Promise.reject(new PeerUnavailableError('integrations', 'did not answer: ECONNREFUSED'));
  const released: Array<[string, string[]]> = [];
  let failedReleases = 0;
  const images = (attach: MaterialImages['attach'], release: MaterialImages['release']): MaterialImages => ({
    attach,
    release,
    releaseFailed: (count) => {
      failedReleases += count;
    },
  });
  const ok: MaterialImages['attach'] = async () => undefined;
  const recordRelease: MaterialImages['release'] = async (materialId, ids) => {
    released.push([materialId, ids]);
  };
  const ctx = () =>
    ({ em: orm.em.fork(), caller: { userId: randomUUID(), roles: ['ADMIN'] }, requestId: randomUUID(), log: createLogger('test', 'silent') }) as unknown as RequestContext;
  const input = (imageMediaIds: string[]): CreateMaterialInput =>
    ({
      categoryId,
      name: 'Peer Test Cement',
      slug: `peer-test-cement-${randomUUID().slice(0, 8)}`,
      description: 'Cement.',
      brand: undefined,
      specifications: [],
      unit: SaleUnit.BAG,
      unitDescription: '50 kg bag',
      basePricePaise: 40_000,
      hsnCode: '2523',
      imageMediaIds,
    }) as CreateMaterialInput;

  beforeAll(async () => {
    orm = await scratchOrm([Category, GstRate, Material], ['pg_trgm']);
    const em = orm.em.fork();
    categoryId = em.create(Category, { kind: CategoryKind.MATERIAL, name: 'Cement', slug: `cement-${randomUUID().slice(0, 8)}` }).id;
    em.create(GstRate, { hsnCode: '2523', description: 'Portland cement', rateBasisPoints: 2800, effectiveFrom: '2020-01-01' });
    await em.flush();
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('a new material with images is not created, and no CatalogChanged is recorded', async () => {
    const service = new MaterialService(new CategoryService(), images(down, recordRelease));
    const events = await orm.em.fork().count(OutboxEvent, {});
    const wanted = input([randomUUID()]);
    await expect(service.create(ctx(), wanted)).rejects.toBeInstanceOf(PeerUnavailableError);
    expect(await orm.em.fork().count(Material, { slug: wanted.slug })).toBe(0);
    expect(await orm.em.fork().count(OutboxEvent, {})).toBe(events);
  });

  it('a material gaining an image keeps its images; one only dropping images needs no attach and commits, and a failed release is counted', async () => {
    const [kept, added] = [randomUUID(), randomUUID()];
    const created = await new MaterialService(new CategoryService(), images(ok, recordRelease)).create(ctx(), input([kept]));
    const unreachable = new MaterialService(new CategoryService(), images(down, down));

    await expect(unreachable.update(ctx(), created.id, { imageMediaIds: [kept, added] })).rejects.toBeInstanceOf(PeerUnavailableError);
    expect((await orm.em.fork().findOneOrFail(Material, { id: created.id })).imageMediaIds).toEqual([kept]);

    const before = failedReleases;
    await unreachable.update(ctx(), created.id, { imageMediaIds: [] });
    expect((await orm.em.fork().findOneOrFail(Material, { id: created.id })).imageMediaIds).toEqual([]);
    expect(failedReleases - before).toBe(1);
  });

  it('releases only what the committed material no longer shows', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const service = new MaterialService(new CategoryService(), images(ok, recordRelease));
    const created = await service.create(ctx(), input([a, b]));
    released.length = 0;
    await service.update(ctx(), created.id, { imageMediaIds: [b, c] });
    expect(released).toEqual([[created.id, [a]]]);
  });
});
