import { randomUUID } from 'node:crypto';
import { Actor, newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { signIn } from '../harness/auth.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';

const EDIT = `mutation E($userId: ID!, $input: AdminUpdateUserInput!) { adminUpdateUser(userId: $userId, input: $input) { id fullName preferredLanguage phone status } }`;
const USER = `query U($id: ID!) { user(id: $id) { id fullName preferredLanguage phone adminProfile { department } } }`;
const ME = `{ me { id fullName preferredLanguage phone adminProfile { department } } }`;
const CREATE_ADMIN = `mutation C($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id adminProfile { department } } }`;
const SET_STATUS = `mutation S($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }`;

interface Edited {
  adminUpdateUser: { id: string; fullName: string; preferredLanguage: string; phone: string | null; status: string };
}

/** A fresh Indian mobile number no other test uses. */
const mobile = () => `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('admins editing other users', () => {
  it('an admin changes a buyer’s name, language and phone; the buyer sees the change', async () => {
    const admin = await seededAdmin();
    const buyer = await newBuyer('Ramesh Typo');
    const phone = mobile();
    const { adminUpdateUser } = await admin.ok<Edited>(EDIT, { userId: buyer.userId, input: { fullName: 'Ramesh Kumar', preferredLanguage: 'HI', phone } });
    expect(adminUpdateUser).toMatchObject({ id: buyer.userId, fullName: 'Ramesh Kumar', preferredLanguage: 'HI', phone });
    expect((await buyer.ok<{ me: { fullName: string; preferredLanguage: string; phone: string } }>(ME)).me).toMatchObject({ fullName: 'Ramesh Kumar', preferredLanguage: 'HI', phone });

    // Omitted fields stay.
    const renamed = await admin.ok<Edited>(EDIT, { userId: buyer.userId, input: { fullName: 'Ramesh K' } });
    expect(renamed.adminUpdateUser).toMatchObject({ fullName: 'Ramesh K', preferredLanguage: 'HI', phone });
  });

  it('a phone must be E.164 and not another user’s; bad names, ids and unknown users are refused without change', async () => {
    const admin = await seededAdmin();
    const [first, second] = [await newBuyer('First Owner'), await newBuyer('Second Owner')];
    const phone = mobile();
    await admin.ok(EDIT, { userId: first.userId, input: { phone } });

    const taken = await admin.run(EDIT, { userId: second.userId, input: { phone, fullName: 'Should Not Stick' } });
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(taken.errors?.[0]?.extensions?.reason).toBe('PHONE_TAKEN');
    for (const bad of ['9876543210', '+0912345678', '+91 98765 43210', '+91987654321012345']) {
      expect(errorCodes(await admin.run(EDIT, { userId: second.userId, input: { phone: bad } }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await admin.run(EDIT, { userId: second.userId, input: { fullName: 'R2-D2' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(EDIT, { userId: second.userId, input: { fullName: null } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(EDIT, { userId: randomUUID(), input: { fullName: 'Nobody Here' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await admin.run(EDIT, { userId: '42', input: { fullName: 'Nobody Here' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await admin.ok<{ user: { fullName: string; phone: string | null } }>(USER, { id: second.userId })).user).toMatchObject({ fullName: 'Second Owner' });
    expect((await admin.ok<{ user: { phone: string | null } }>(USER, { id: second.userId })).user.phone).not.toBe(phone);
  });

  it('a suspended user can be edited; a deleted one cannot (CONFLICT USER_DELETED)', async () => {
    const admin = await seededAdmin();
    const suspended = await newBuyer('Paused Buyer');
    await admin.ok(SET_STATUS, { input: { userId: suspended.userId, status: 'SUSPENDED', reason: 'Chargeback review' } });
    expect((await admin.ok<Edited>(EDIT, { userId: suspended.userId, input: { fullName: 'Paused Buyer Two' } })).adminUpdateUser).toMatchObject({ status: 'SUSPENDED', fullName: 'Paused Buyer Two' });

    const gone = await newBuyer('Gone Buyer');
    await gone.ok('mutation { deleteMyAccount(confirm: "DELETE") { id } }');
    const refused = await admin.run(EDIT, { userId: gone.userId, input: { fullName: 'Back Again' } });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('USER_DELETED');
  });

  it('buyers, vendors and anonymous callers cannot edit users', async () => {
    const buyer = await newBuyer('Self Editor');
    const vendor = await newVendorUser();
    for (const actor of [buyer, vendor]) {
      expect(errorCodes(await actor.run(EDIT, { userId: buyer.userId, input: { fullName: 'Hacked Name' } }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(EDIT, { userId: buyer.userId, input: { fullName: 'Hacked Name' } }))).toEqual(['UNAUTHENTICATED']);
    expect((await buyer.ok<{ me: { fullName: string } }>(ME)).me.fullName).toBe('Self Editor');
  });
});

describe('admin profiles', () => {
  it('admins see another admin’s department and their own; buyers and vendors see no admin profile', async () => {
    const admin = await seededAdmin();
    const email = `dept-${randomUUID().slice(0, 8)}@e2e.realserv.test`;
    const password = `temp-${randomUUID()}`;
    const { createAdminUser } = await admin.ok<{ createAdminUser: { id: string; adminProfile: { department: string } } }>(CREATE_ADMIN, {
      input: { email, fullName: 'Meera Finance', temporaryPassword: password, department: 'Finance' },
    });
    expect(createAdminUser.adminProfile).toEqual({ department: 'Finance' });
    expect((await admin.ok<{ user: { adminProfile: { department: string } | null } }>(USER, { id: createAdminUser.id })).user.adminProfile).toEqual({ department: 'Finance' });
    const newAdmin = new Actor(await signIn(email, password));
    expect((await newAdmin.ok<{ me: { adminProfile: { department: string } | null } }>(ME)).me.adminProfile).toEqual({ department: 'Finance' });

    // A buyer is not an admin: no admin profile, even to admins.
    const buyer = await newBuyer();
    expect((await admin.ok<{ user: { adminProfile: unknown } }>(USER, { id: buyer.userId })).user.adminProfile).toBeNull();
    expect((await buyer.ok<{ me: { adminProfile: unknown } }>(ME)).me.adminProfile).toBeNull();
  });
});
