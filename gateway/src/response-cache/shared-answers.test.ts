import type { Caller } from '@realserv/platform';
import { CATALOG_EVENTS, CATALOG_PRODUCERS, CacheGeneration, isMutationText, seesPublicView } from './shared-answers.js';

const caller = (roles: Caller['roles']): Caller => ({ userId: 'u1', roles, vendorId: roles.includes('VENDOR') ? 'v1' : null }) as Caller;

describe('who shares cached answers', () => {
  it('anonymous callers and buyers see the public view; vendors and admins a wider one', () => {
    expect(seesPublicView(null)).toBe(true);
    expect(seesPublicView(caller(['BUYER']))).toBe(true);
    expect(seesPublicView(caller(['VENDOR']))).toBe(false);
    expect(seesPublicView(caller(['ADMIN']))).toBe(false);
    expect(seesPublicView(caller(['BUYER', 'VENDOR']))).toBe(false);
  });
});

describe('what moves the cache generation', () => {
  it('the catalog feed of the event registry: the catalog and inventory events, recorded by catalog', () => {
    expect([...CATALOG_EVENTS].sort()).toEqual(['CatalogChanged', 'InventoryChanged']);
    expect([...CATALOG_PRODUCERS]).toEqual(['catalog']);
  });

  it('a mutation is the operation text the planner sends, not a name that contains the word', () => {
    expect(isMutationText('mutation { updateMyInventory(input: $i) { id } }')).toBe(true);
    expect(isMutationText('\n  mutation Update__catalog__0($i: UpdateInventoryInput!) { updateMyInventory(input: $i) { id } }')).toBe(true);
    expect(isMutationText('query Q__catalog__1($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }')).toBe(false);
    expect(isMutationText('{ materials { items { id } } }')).toBe(false);
    expect(isMutationText('query mutationsLog { x }')).toBe(false);
    expect(isMutationText('mutations { x }')).toBe(false);
    expect(isMutationText(undefined)).toBe(false);
  });

  it('an event moves every gateway to the same generation; a local write to one of its own', () => {
    const a = new CacheGeneration();
    const b = new CacheGeneration();
    expect(a.current).toBe(b.current);
    a.advanceTo('e1');
    b.advanceTo('e1');
    expect(a.current).toBe(b.current);
    const before = a.current;
    a.advance();
    expect(a.current).not.toBe(before);
    expect(a.current).not.toBe(b.current);
  });

  it('a gateway starting beside others joins their generation, unless it has moved already', () => {
    const joining = new CacheGeneration();
    joining.join('event-e7');
    expect(joining.current).toBe('event-e7');
    const moved = new CacheGeneration();
    moved.advanceTo('e8');
    moved.join('event-e7');
    expect(moved.current).toBe('event-e8');
  });
});
