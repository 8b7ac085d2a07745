import { newBuyer, newSignedInUser, newVendorUser } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';

const ME = /* GraphQL */ `
  query Me {
    me { id fullName email type status preferredLanguage buyerProfile { id companyName gstin } }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { id fullName email type status buyerProfile { id } }
  }
`;

type MeData = { me: null | { id: string; fullName: string; email: string; type: string; status: string; preferredLanguage: string; buyerProfile: { id: string } | null } };
type RegisterData = { register: { id: string; fullName: string; email: string; type: string; buyerProfile: { id: string } | null } };

describe('registering with RealServ', () => {
  it('a signed-in person is not a user until they register, then is a buyer with a profile', async () => {
    const person = await newSignedInUser('buyer');
    expect((await person.ok<MeData>(ME)).me).toBeNull();

    const { register } = await person.ok<RegisterData>(REGISTER, { input: { fullName: 'Meera Nair' } });
    expect(register).toMatchObject({ fullName: 'Meera Nair', email: person.session.email, type: 'BUYER' });
    expect(register.buyerProfile?.id).toEqual(expect.any(String));

    const { me } = await person.ok<MeData>(ME);
    expect(me).toMatchObject({ id: register.id, type: 'BUYER', status: 'ACTIVE', preferredLanguage: 'EN' });
  });

  it('registering again (a retry, or concurrently) returns the same user', async () => {
    const person = await newSignedInUser('retry');
    const input = { input: { fullName: 'Ravi Kumar' } };
    const [a, b, c] = await Promise.all([
      person.ok<RegisterData>(REGISTER, input),
      person.ok<RegisterData>(REGISTER, input),
      person.ok<RegisterData>(REGISTER, input),
    ]);
    expect(new Set([a.register.id, b.register.id, c.register.id]).size).toBe(1);
    const again = await person.ok<RegisterData>(REGISTER, input);
    expect(again.register.id).toBe(a.register.id);
  });

  it('sets the role claim, so the refreshed token can use buyer-only operations', async () => {
    const person = await newSignedInUser('claims');
    await person.ok(REGISTER, { input: { fullName: 'Claim Check' } });
    // The token from before registration carries no role.
    expect(errorCodes(await person.run('{ myAddresses { id } }'))).toEqual(['FORBIDDEN']);
    await person.refreshToken();
    expect((await person.ok<{ myAddresses: unknown[] }>('{ myAddresses { id } }')).myAddresses).toEqual([]);
  });

  it('a vendor registers as VENDOR and gets no buyer profile', async () => {
    const vendor = await newVendorUser('Suresh Traders');
    const { me } = await vendor.ok<MeData>(ME);
    expect(me).toMatchObject({ type: 'VENDOR', buyerProfile: null });
  });

  it('registering as a different type than before is a conflict and changes nothing', async () => {
    const buyer = await newBuyer();
    const response = await buyer.run(REGISTER, { input: { fullName: 'Switcher', type: 'VENDOR' } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect((await buyer.ok<MeData>(ME)).me?.type).toBe('BUYER');
  });

  it('cannot register as ADMIN (not a registration type)', async () => {
    const person = await newSignedInUser('sneaky');
    const response = await person.run(REGISTER, { input: { fullName: 'Sneaky', type: 'ADMIN' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await person.ok<MeData>(ME)).me).toBeNull();
  });

  it.each([
    ['a one-letter name', { fullName: 'A' }],
    ['digits in the name', { fullName: 'R2D2 Builder' }],
    ['an unknown language', { fullName: 'Valid Name', preferredLanguage: 'XX' }],
  ])('rejects %s with BAD_USER_INPUT and creates nothing', async (_label, input) => {
    const person = await newSignedInUser('bad');
    const response = await person.run(REGISTER, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((await person.ok<MeData>(ME)).me).toBeNull();
  });

  it('anonymous callers cannot register or read me', async () => {
    expect(errorCodes(await graphql(REGISTER, { input: { fullName: 'Nobody' } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(ME))).toEqual(['UNAUTHENTICATED']);
  });

  it('a malformed or forged token is refused with 401 UNAUTHENTICATED, never treated as anonymous', async () => {
    const garbage = await graphql(ME, undefined, { token: 'not-a-jwt' });
    expect(garbage.status).toBe(401);
    expect(errorCodes(garbage)).toEqual(['UNAUTHENTICATED']);

    const person = await newSignedInUser('forger');
    const [header, payload] = person.token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['ADMIN'] }),
    ).toString('base64url');
    const forged = await graphql('{ users { items { id } } }', undefined, { token: `${header}.${forgedPayload}.c2ln` });
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);

    const wrongScheme = await graphql(ME, undefined, { headers: { authorization: `Basic ${person.token}` } });
    expect(wrongScheme.status).toBe(401);
  });
});

describe('updating my own user', () => {
  const UPDATE_ME = /* GraphQL */ `
    mutation UpdateMe($input: UpdateMeInput!) { updateMe(input: $input) { id fullName preferredLanguage } }
  `;

  it('changes name and language', async () => {
    const buyer = await newBuyer('Old Name');
    const { updateMe } = await buyer.ok<{ updateMe: { fullName: string; preferredLanguage: string } }>(UPDATE_ME, {
      input: { fullName: 'New Name', preferredLanguage: 'HI' },
    });
    expect(updateMe).toMatchObject({ fullName: 'New Name', preferredLanguage: 'HI' });
    expect((await buyer.ok<MeData>(ME)).me).toMatchObject({ fullName: 'New Name', preferredLanguage: 'HI' });
  });

  it('rejects a bad name and keeps the old one', async () => {
    const buyer = await newBuyer('Kept Name');
    expect(errorCodes(await buyer.run(UPDATE_ME, { input: { fullName: 'x' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await buyer.ok<MeData>(ME)).me?.fullName).toBe('Kept Name');
  });

  it('an unregistered caller is told to register first', async () => {
    const person = await newSignedInUser('unregistered');
    expect(errorCodes(await person.run(UPDATE_ME, { input: { fullName: 'Some Name' } }))).toEqual(['FORBIDDEN']);
  });
});
