import { randomUUID } from 'node:crypto';
import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { CREATE_CATEGORY, CREATE_MATERIAL, allMaterials, materialInput, materialsPage, newCategory, unique } from './catalog-queries.js';

const UPDATE_CATEGORY = `mutation U($id: ID!, $input: UpdateCategoryInput!) { updateCategory(id: $id, input: $input) { id name slug parent { id } isActive } }`;
const ARCHIVE_CATEGORY = `mutation A($id: ID!) { archiveCategory(id: $id) { id isActive } }`;
const UPDATE_MATERIAL = `mutation U($id: ID!, $input: UpdateMaterialInput!) { updateMaterial(id: $id, input: $input) { id name basePrice { paise } isActive } }`;
const ARCHIVE_MATERIAL = `mutation A($id: ID!) { archiveMaterial(id: $id) { id isActive } }`;
const CREATE_TRADE = `mutation T($input: CreateLaborCategoryInput!) { createLaborCategory(input: $input) { id slug dailyRate { paise } } }`;

describe('admins curate the catalog', () => {
  it('creates a category tree and a material that browse and search then find', async () => {
    const admin = await seededAdmin();
    const parent = await newCategory(admin);
    const child = dataOf(
      await admin.run<{ createCategory: { id: string; parent: { id: string } } }>(CREATE_CATEGORY, {
        input: { name: `Child ${unique()}`, slug: `child-${unique()}`, kind: 'MATERIAL', parentId: parent.id },
      }),
    ).createCategory;
    expect(child.parent.id).toBe(parent.id);

    const input = materialInput(child.id);
    const { createMaterial } = await admin.ok<{ createMaterial: { id: string; basePrice: { paise: number; formatted: string }; category: { id: string } } }>(
      CREATE_MATERIAL,
      { input },
    );
    expect(createMaterial.basePrice).toEqual({ paise: 47_500, formatted: '₹475.00' });
    expect((await allMaterials({ categoryId: parent.id })).map((m) => m.id)).toEqual([createMaterial.id]);
    const found = await allMaterials({ search: `zenith ${input.slug.split('-').pop()}` });
    expect(found.map((m) => m.id)).toContain(createMaterial.id);
  });

  it('renaming a category makes its materials findable by the new name', async () => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const { createMaterial } = await admin.ok<{ createMaterial: { id: string } }>(CREATE_MATERIAL, { input: materialInput(category.id) });
    const newName = `Quixotic${unique().replace(/\d/g, 'q')}`;
    await admin.ok(UPDATE_CATEGORY, { id: category.id, input: { name: newName } });
    expect((await allMaterials({ search: newName })).map((m) => m.id)).toEqual([createMaterial.id]);
  });

  it('updates a material, and archiving hides it from browse but not from lookup by id', async () => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const { createMaterial } = await admin.ok<{ createMaterial: { id: string } }>(CREATE_MATERIAL, { input: materialInput(category.id) });
    const { updateMaterial } = await admin.ok<{ updateMaterial: { basePrice: { paise: number } } }>(UPDATE_MATERIAL, {
      id: createMaterial.id,
      input: { basePricePaise: 46_000 },
    });
    expect(updateMaterial.basePrice.paise).toBe(46_000);

    await admin.ok(ARCHIVE_MATERIAL, { id: createMaterial.id });
    expect(await allMaterials({ categoryId: category.id })).toEqual([]);
    const byId = dataOf(await graphql<{ material: { isActive: boolean } }>('query M($id: ID) { material(id: $id) { isActive } }', { id: createMaterial.id }));
    expect(byId.material.isActive).toBe(false);
    // Admins can still list it.
    const archived = (await materialsPage({ filter: { categoryId: category.id, includeArchived: true } }, admin.token)).items;
    expect(archived.map((m) => m.id)).toEqual([createMaterial.id]);
    expect(errorCodes(await graphql('query { materials(filter: { includeArchived: true }) { items { id } } }'))).toEqual(['FORBIDDEN']);
  });

  it('a non-empty category cannot be archived; an empty one can', async () => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    await admin.ok(CREATE_MATERIAL, { input: materialInput(category.id) });
    expect(errorCodes(await admin.run(ARCHIVE_CATEGORY, { id: category.id }))).toEqual(['CONFLICT']);
    const empty = await newCategory(admin);
    expect((await admin.ok<{ archiveCategory: { isActive: boolean } }>(ARCHIVE_CATEGORY, { id: empty.id })).archiveCategory.isActive).toBe(false);
  });

  it('a category cannot move under its own sub-category', async () => {
    const admin = await seededAdmin();
    const parent = await newCategory(admin);
    const child = await newCategory(admin, { parentId: parent.id });
    expect(errorCodes(await admin.run(UPDATE_CATEGORY, { id: parent.id, input: { parentId: child.id } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(UPDATE_CATEGORY, { id: parent.id, input: { parentId: parent.id } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('creates a trade in a labour category', async () => {
    const admin = await seededAdmin();
    const labour = await newCategory(admin, { kind: 'LABOUR' });
    const tag = unique();
    const { createLaborCategory } = await admin.ok<{ createLaborCategory: { dailyRate: { paise: number } } }>(CREATE_TRADE, {
      input: {
        categoryId: labour.id,
        name: `Waterproofing applicator ${tag}`,
        slug: `waterproofing-${tag}`,
        skillDescription: 'Applies membrane and crystalline waterproofing.',
        hourlyRatePaise: 150_00,
        dailyRatePaise: 1_100_00,
        sacCode: '998519',
      },
    });
    expect(createLaborCategory.dailyRate.paise).toBe(1_100_00);
  });
});

describe('catalog validation writes nothing on bad input', () => {
  it.each([
    ['a negative price', { basePricePaise: -100 }, 'BAD_USER_INPUT'],
    ['a zero price', { basePricePaise: 0 }, 'BAD_USER_INPUT'],
    ['an unknown unit', { unit: 'BUCKETFUL' }, 'BAD_USER_INPUT'],
    ['an HSN code not in the rate table', { hsnCode: '9999' }, 'BAD_USER_INPUT'],
    ['a malformed HSN code', { hsnCode: '25A3' }, 'BAD_USER_INPUT'],
    ['a bad slug', { slug: 'Bad Slug!' }, 'BAD_USER_INPUT'],
    ['a category that does not exist', { categoryId: randomUUID() }, 'BAD_USER_INPUT'],
    ['duplicate specification keys', { specifications: [{ key: 'grade', label: 'Grade', value: '43' }, { key: 'grade', label: 'Grade', value: '53' }] }, 'BAD_USER_INPUT'],
  ])('rejects %s', async (_label, overrides, code) => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const input = materialInput(category.id, overrides);
    expect(errorCodes(await admin.run(CREATE_MATERIAL, { input }))).toEqual([code]);
    expect((await materialsPage({ filter: { categoryId: category.id, includeArchived: true } }, admin.token)).items).toEqual([]);
    const bySlug = dataOf(await graphql<{ material: null }>('query M($s: String) { material(slug: $s) { id } }', { s: String(input.slug).toLowerCase() }));
    expect(bySlug.material).toBeNull();
  });

  it('rejects a material in a LABOUR category, and a trade in a MATERIAL category', async () => {
    const admin = await seededAdmin();
    const labour = await newCategory(admin, { kind: 'LABOUR' });
    expect(errorCodes(await admin.run(CREATE_MATERIAL, { input: materialInput(labour.id) }))).toEqual(['BAD_USER_INPUT']);
    const material = await newCategory(admin);
    const response = await admin.run(CREATE_TRADE, {
      input: { categoryId: material.id, name: 'Wrong', slug: `wrong-${unique()}`, skillDescription: 'x', hourlyRatePaise: 100, dailyRatePaise: 800, sacCode: '998519' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('a taken slug is a conflict', async () => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const input = materialInput(category.id);
    await admin.ok(CREATE_MATERIAL, { input });
    expect(errorCodes(await admin.run(CREATE_MATERIAL, { input: { ...input, name: 'Another' } }))).toEqual(['CONFLICT']);
    expect(errorCodes(await admin.run(CREATE_CATEGORY, { input: { name: 'Dup', slug: category.slug, kind: 'MATERIAL' } }))).toEqual(['CONFLICT']);
  });

  it('a trade whose hourly rate exceeds its daily rate is rejected', async () => {
    const admin = await seededAdmin();
    const labour = await newCategory(admin, { kind: 'LABOUR' });
    const response = await admin.run(CREATE_TRADE, {
      input: { categoryId: labour.id, name: 'Odd', slug: `odd-${unique()}`, skillDescription: 'x', hourlyRatePaise: 2000_00, dailyRatePaise: 800_00, sacCode: '998519' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('only admins write the catalog', () => {
  it('buyers, vendors and anonymous callers are refused', async () => {
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const buyer = await newBuyer();
    const vendor = await newVendor();
    for (const token of [buyer.token, vendor.token]) {
      expect(errorCodes(await graphql(CREATE_MATERIAL, { input: materialInput(category.id) }, { token }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(ARCHIVE_CATEGORY, { id: category.id }, { token }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(CREATE_CATEGORY, { input: { name: 'X', slug: `x-${unique()}`, kind: 'MATERIAL' } }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(CREATE_MATERIAL, { input: materialInput(category.id) }))).toEqual(['UNAUTHENTICATED']);
    expect(await allMaterials({ categoryId: category.id })).toEqual([]);
  });
});
