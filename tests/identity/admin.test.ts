import { randomUUID } from 'node:crypto';
import { Actor, newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { signIn } from '../harness/auth.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';

const USERS = `query Users($filter: UsersFilter, $page: PageInput) {
  users(filter: $filter, page: $page) { items { id fullName email phone type status } pageInfo { totalCount offset limit hasNextPage } }
}`;
const USER = `query User($id: ID!) { user(id: $id) { id fullName email type status } }`;
const CREATE_ADMIN = `mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email type status } }`;
const SET_STATUS = `mutation SetStatus($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }`;
const ME = '{ me { id status } }';

interface UsersData {
  users: {
    items: Array<{ id: string; fullName: string; email: string | null; type: string; status: string }>;
    pageInfo: { totalCount: number; offset: number; limit: number; hasNextPage: boolean };
  };
}

describe('admins managing users', () => {
  it('lists users with filters and pagination', async () => {
    const admin = await seededAdmin();
    // A unique surname lets this test find exactly its own users among everyone else's.
    const tag = `Zz${randomUUID().slice(0, 6).replace(/\d/g, 'q')}`;
    await Promise.all([newBuyer(`${tag} One`), newBuyer(`${tag} Two`), newBuyer(`${tag} Three`), newVendorUser(`${tag} Vendor`)]);

    const all = await admin.ok<UsersData>(USERS, { filter: { search: tag } });
    expect(all.users.pageInfo.totalCount).toBe(4);

    const buyers = await admin.ok<UsersData>(USERS, { filter: { search: tag, type: 'BUYER' }, page: { offset: 0, limit: 2 } });
    expect(buyers.users.items).toHaveLength(2);
    expect(buyers.users.items.every((u) => u.type === 'BUYER')).toBe(true);
    expect(buyers.users.pageInfo).toEqual({ totalCount: 3, offset: 0, limit: 2, hasNextPage: true });

    const lastPage = await admin.ok<UsersData>(USERS, { filter: { search: tag, type: 'BUYER' }, page: { offset: 2, limit: 2 } });
    expect(lastPage.users.items).toHaveLength(1);
    expect(lastPage.users.pageInfo.hasNextPage).toBe(false);
    const seen = new Set([...buyers.users.items, ...lastPage.users.items].map((u) => u.id));
    expect(seen.size).toBe(3);
    // Admins see contact details.
    expect(lastPage.users.items[0]?.email).toMatch(/@e2e\.realserv\.test$/);
  });

  it('rejects a page size over 100 and a negative offset', async () => {
    const admin = await seededAdmin();
    expect(errorCodes(await admin.run(USERS, { page: { offset: 0, limit: 500 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(USERS, { page: { offset: -1, limit: 10 } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('buyers and vendors cannot list users, read another user, or create admins', async () => {
    const buyer = await newBuyer();
    const vendor = await newVendorUser();
    for (const actor of [buyer, vendor]) {
      expect(errorCodes(await actor.run(USERS))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await actor.run(USER, { id: buyer.userId }))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await actor.run(CREATE_ADMIN, { input: { email: 'x@example.com', fullName: 'Evil Admin', temporaryPassword: 'long-enough-pass' } }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await actor.run(SET_STATUS, { input: { userId: buyer.userId, status: 'SUSPENDED', reason: 'nope' } }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(errorCodes(await graphql(USERS))).toEqual(['UNAUTHENTICATED']);
  });

  it('an admin reads one user by id; unknown and malformed ids are NOT_FOUND and BAD_USER_INPUT', async () => {
    const admin = await seededAdmin();
    const buyer = await newBuyer('Lookup Target');
    expect((await admin.ok<{ user: { fullName: string } }>(USER, { id: buyer.userId })).user.fullName).toBe('Lookup Target');
    expect(errorCodes(await admin.run(USER, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await admin.run(USER, { id: '42' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('an admin creates another admin who can sign in and administer', async () => {
    const admin = await seededAdmin();
    const email = `ops-${randomUUID().slice(0, 8)}@e2e.realserv.test`;
    const password = `temp-${randomUUID()}`;
    const { createAdminUser } = await admin.ok<{ createAdminUser: { id: string; type: string } }>(CREATE_ADMIN, {
      input: { email, fullName: 'Priya Ops', temporaryPassword: password, department: 'Operations' },
    });
    expect(createAdminUser.type).toBe('ADMIN');

    const newAdmin = new Actor(await signIn(email, password));
    expect((await newAdmin.ok<UsersData>(USERS, { filter: { type: 'ADMIN' } })).users.items.map((u) => u.id)).toContain(
      createAdminUser.id,
    );
    // The same email again is a conflict.
    expect(
      errorCodes(await admin.run(CREATE_ADMIN, { input: { email, fullName: 'Priya Again', temporaryPassword: password } })),
    ).toEqual(['CONFLICT']);
  });

  it('rejects a short temporary password and a bad email', async () => {
    const admin = await seededAdmin();
    const response = await admin.run(CREATE_ADMIN, {
      input: { email: 'not-an-email', fullName: 'Bad Input', temporaryPassword: 'short' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fields = (response.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'temporaryPassword']);
  });
});

describe('suspending and deleting accounts', () => {
  it('a suspended user is locked out at once-ish and can sign in again after reactivation', async () => {
    const admin = await seededAdmin();
    const buyer = await newBuyer('Suspend Me');
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');

    const suspended = await admin.ok<{ setUserStatus: { status: string } }>(SET_STATUS, {
      input: { userId: buyer.userId, status: 'SUSPENDED', reason: 'Fraudulent orders reported' },
    });
    expect(suspended.setUserStatus.status).toBe('SUSPENDED');
    // The gateway caches a user's revocation state briefly; wait for the change to show.
    await eventually(async () => errorCodes(await buyer.run(ME)).includes('UNAUTHENTICATED'), { what: 'the suspension to reach the gateway' });
    await expect(signIn(buyer.session.email, buyer.session.password)).rejects.toThrow(/USER_DISABLED/);

    await admin.ok(SET_STATUS, { input: { userId: buyer.userId, status: 'ACTIVE', reason: 'Cleared after review' } });
    await buyer.refreshToken();
    // The cached "disabled" state lasts the same window (AUTH_REVOCATION_CACHE_SECONDS) as the suspension took to show.
    await eventually(async () => (await buyer.run<{ me: { status: string } }>(ME)).data?.me.status === 'ACTIVE', { what: 'the reactivation to reach the gateway' });
    expect((await buyer.ok<{ me: { status: string } }>(ME)).me.status).toBe('ACTIVE');
  });

  it('an admin cannot change their own status; bad ids and reasons are rejected', async () => {
    const admin = await seededAdmin();
    const { me } = await admin.ok<{ me: { id: string } }>(ME);
    expect(errorCodes(await admin.run(SET_STATUS, { input: { userId: me.id, status: 'SUSPENDED', reason: 'oops' } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await admin.run(SET_STATUS, { input: { userId: randomUUID(), status: 'SUSPENDED', reason: 'ghost' } }))).toEqual([
      'NOT_FOUND',
    ]);
    const buyer = await newBuyer();
    expect(errorCodes(await admin.run(SET_STATUS, { input: { userId: buyer.userId, status: 'SUSPENDED', reason: '' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await admin.run(SET_STATUS, { input: { userId: buyer.userId, status: 'DELETED', reason: 'not allowed' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('a user deletes their account: it is kept as DELETED (anonymised), hidden from lists, and the sign-in account is gone', async () => {
    const admin = await seededAdmin();
    const tag = `Gone${randomUUID().slice(0, 6).replace(/\d/g, 'x')}`;
    const buyer = await newBuyer(`${tag} Buyer`);
    const { deleteMyAccount } = await buyer.ok<{ deleteMyAccount: { status: string } }>('mutation { deleteMyAccount(confirm: "DELETE") { id status } }');
    expect(deleteMyAccount.status).toBe('DELETED');
    await expect(signIn(buyer.session.email, buyer.session.password)).rejects.toThrow(/EMAIL_NOT_FOUND|INVALID_LOGIN_CREDENTIALS/);

    expect((await admin.ok<UsersData>(USERS, { filter: { search: tag } })).users.pageInfo.totalCount).toBe(0);
    // The name is erased, so the deleted account is found by status and id, no longer by name.
    expect((await admin.ok<UsersData>(USERS, { filter: { search: tag, status: 'DELETED' } })).users.items).toEqual([]);
    expect((await admin.ok<{ user: { status: string; fullName: string; email: string | null } }>(USER, { id: buyer.userId })).user).toMatchObject({ status: 'DELETED', fullName: 'Deleted user', email: null });
    // Admins cannot bring a deleted account back through status changes.
    expect(errorCodes(await admin.run(SET_STATUS, { input: { userId: buyer.userId, status: 'ACTIVE', reason: 'undo' } }))).toEqual([
      'CONFLICT',
    ]);
  });
});
