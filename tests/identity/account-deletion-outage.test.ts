import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PeerClient, createLogger, createRequestContext } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { freePort } from '../harness/extra-gateway.js';
import { User, UserStatus, UserType } from '../../subgraphs/identity/src/user/user.entity.js';
import { BuyerProfile } from '../../subgraphs/identity/src/buyer/buyer-profile.entity.js';
import { AdminProfile } from '../../subgraphs/identity/src/admin/admin-profile.entity.js';
import { DeliveryAddress } from '../../subgraphs/identity/src/address/delivery-address.entity.js';
import { UserService } from '../../subgraphs/identity/src/user/user.service.js';
import { PeerAccountDeletionCheck } from '../../subgraphs/identity/src/deletion/account-deletion-check.js';
import { recordingIdentityProvider } from './identity-helpers.js';

// identity's own code (the real peer adapter) against an orders that cannot answer: a port nobody
// listens on, and the stack's real orders refusing a key it does not know. Own scratch database, so
// the buyer is identity's alone; Firebase records whether deletion reached it.
const log = createLogger('account-deletion-outage-test', 'silent');
const firebase = recordingIdentityProvider();

describe('deleting an account while orders cannot answer', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await scratchOrm([User, BuyerProfile, AdminProfile, DeliveryAddress]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  async function buyer(): Promise<User> {
    const em = orm.em.fork();
    const user = em.create(User, { firebaseUid: randomUUID(), fullName: 'Meera Buyer', email: `meera-${randomUUID()}@example.com`, phone: '+919845012345', type: UserType.BUYER });
    em.create(BuyerProfile, { userId: user.id, companyName: 'Meera Builders', gstin: null });
    em.create(DeliveryAddress, { userId: user.id, label: 'Site', contactName: 'Meera', contactPhone: '+919845012345', line1: '12 Rose Lane', city: 'Bengaluru', state: 'Karnataka', pincode: '560001', isDefault: true });
    await em.flush();
    return user;
  }
  const as = (user: User) =>
    createRequestContext({ caller: { userId: user.id, firebaseUid: user.firebaseUid, roles: ['BUYER'], vendorId: null, email: user.email, phone: user.phone }, requestId: randomUUID(), log, em: orm.em.fork() });

  const orders = async () => ({
    unreachable: new PeerClient({ self: 'identity', peer: 'orders', url: `http://127.0.0.1:${await freePort()}/graphql`, key: 'k'.repeat(32), timeoutMs: 2000 }),
    // The stack's orders, signed with a key it was never given: it refuses the call.
    refusing: new PeerClient({ self: 'identity', peer: 'orders', url: (JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>).orders!, key: 'not-the-identity-orders-key-0123456789' }),
  });

  it.each(['unreachable', 'refusing'] as const)('orders %s: refused as SERVICE_UNAVAILABLE (retryable), and nothing is erased', async (which) => {
    const users = new UserService(firebase, new PeerAccountDeletionCheck((await orders())[which]));
    const user = await buyer();
    await expect(users.deleteMyAccount(as(user))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryable: true } });

    const em = orm.em.fork();
    expect(await em.findOneOrFail(User, { id: user.id })).toMatchObject({ status: UserStatus.ACTIVE, fullName: 'Meera Buyer', email: user.email, phone: user.phone, firebaseUid: user.firebaseUid, deletedAt: null });
    expect(await em.count(DeliveryAddress, { userId: user.id })).toBe(1);
    expect((await em.findOneOrFail(BuyerProfile, { userId: user.id })).companyName).toBe('Meera Builders');
    expect(firebase.deleted).not.toContain(user.firebaseUid);
  });
});
