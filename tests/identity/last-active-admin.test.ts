import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConflictError, createLogger, createRequestContext } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { User, UserStatus, UserType } from '../../subgraphs/identity/src/user/user.entity.js';
import { BuyerProfile } from '../../subgraphs/identity/src/buyer/buyer-profile.entity.js';
import { AdminProfile } from '../../subgraphs/identity/src/admin/admin-profile.entity.js';
import { DeliveryAddress } from '../../subgraphs/identity/src/address/delivery-address.entity.js';
import { UserService } from '../../subgraphs/identity/src/user/user.service.js';
import { ModeratedUserStatus } from '../../subgraphs/identity/src/user/user.inputs.js';
import { recordingIdentityProvider } from './identity-helpers.js';

// The rule needs a database with no other admins, so it runs against its own scratch database
// (the shared e2e stack always has the seeded admin active). Firebase is not what is tested here.
const log = createLogger('last-active-admin-test', 'silent');
const firebase = recordingIdentityProvider();

describe('the last active admin', () => {
  let orm: MikroORM;
  // Only admins are deleted here; buyers' deletion check (orders) is not asked for them.
  const users = new UserService(firebase, { blockersOf: () => Promise.reject(new Error('no buyer is deleted here')) });
  const as = (userId: string) =>
    createRequestContext({ caller: { userId, firebaseUid: userId, roles: ['ADMIN'], vendorId: null, email: null, phone: null }, requestId: randomUUID(), log, em: orm.em.fork() });

  beforeAll(async () => {
    orm = await scratchOrm([User, BuyerProfile, AdminProfile, DeliveryAddress]);
  });
  afterAll(async () => {
    await orm?.close(true);
  });
  beforeEach(async () => {
    await orm.em.fork().nativeDelete(User, {});
  });

  async function admins(...names: string[]): Promise<string[]> {
    const em = orm.em.fork();
    const created = names.map((fullName) => em.create(User, { firebaseUid: randomUUID(), fullName, type: UserType.ADMIN }));
    await em.flush();
    return created.map((u) => u.id);
  }
  const suspend = (actor: string, userId: string) => users.setStatus(as(actor), { userId, status: ModeratedUserStatus.SUSPENDED, reason: 'test' });
  const activeAdmins = () => orm.em.fork().count(User, { type: UserType.ADMIN, status: UserStatus.ACTIVE });

  it('two admins suspending each other at once: one wins, the other gets CONFLICT LAST_ACTIVE_ADMIN, one admin stays active', async () => {
    const [a, b] = await admins('Asha Admin', 'Bala Admin');
    const results = await Promise.allSettled([suspend(a!, b!), suspend(b!, a!)]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(ConflictError);
    expect((refused[0]!.reason as ConflictError).details).toMatchObject({ reason: 'LAST_ACTIVE_ADMIN' });
    expect(await activeAdmins()).toBe(1);
  });

  it('an admin may be suspended while another stays active, and a suspended admin does not count', async () => {
    const [a, b, c] = await admins('Asha Admin', 'Bala Admin', 'Chitra Admin');
    await suspend(a!, b!);
    expect(await activeAdmins()).toBe(2);
    await suspend(a!, c!);
    expect(await activeAdmins()).toBe(1);
    // Only a is active: a suspended admin's token (still valid for a moment) cannot take a out of service.
    await expect(suspend(b!, a!)).rejects.toMatchObject({ details: { reason: 'LAST_ACTIVE_ADMIN' } });
    expect(await activeAdmins()).toBe(1);
  });
});
