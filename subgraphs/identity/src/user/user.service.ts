import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  recordEvent,
  requireCaller,
  requireUserId,
  pageWindow,
  readPlain,
  toPage,
  type Caller,
  type Page,
  type PageInput,
  type RequestContext,
  type Role,
} from '@realserv/platform';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';
import { AdminProfile } from '../admin/admin-profile.entity.js';
import { DeliveryAddress } from '../address/delivery-address.entity.js';
import type { AccountDeletionCheck } from '../deletion/account-deletion-check.js';
import { UserDeleted } from '@realserv/contracts';
import { User, UserStatus, UserType } from './user.entity.js';
import type { AdminUpdateUserInput, CreateAdminUserInput, RegisterInput, SetUserStatusInput, UpdateMeInput, UsersFilter } from './user.inputs.js';

/** pg_advisory_xact_lock key serialising changes that can take an admin out of service ("ADMN"). */
const ACTIVE_ADMINS_LOCK = 0x41444d4e;
/** What a deleted user's name becomes (orders and admins still show someone was there). */
export const DELETED_NAME = 'Deleted user';

export class UserService {
  constructor(
    private readonly identity: IdentityProvider,
    private readonly deletionCheck: AccountDeletionCheck,
  ) {}

  /**
   * The caller's own user, or null when they have signed in but not registered yet. `readOnly`
   * for an answer that changes nothing (`me`, the caller's lists): a plain object (readPlain),
   * never to be changed or flushed.
   */
  async findCurrent(ctx: RequestContext, options: { readOnly?: boolean } = {}): Promise<User | null> {
    const caller = requireCaller(ctx);
    let user: User | null;
    if (options.readOnly) {
      const [column, value] = caller.userId ? ['id', caller.userId] : ['firebase_uid', caller.firebaseUid];
      [user = null] = await readPlain(ctx.em, User, `select * from users where ${column} = ? limit 1`, [value]);
    } else {
      user = caller.userId ? await ctx.em.findOne(User, { id: caller.userId }) : await ctx.em.findOne(User, { firebaseUid: caller.firebaseUid });
    }
    return user && user.status !== UserStatus.DELETED ? user : null;
  }

  async requireCurrent(ctx: RequestContext, options: { readOnly?: boolean } = {}): Promise<User> {
    const user = await this.findCurrent(ctx, options);
    if (!user) throw new ForbiddenError('Register before doing this.');
    return user;
  }

  /**
   * Creates the user for the verified Firebase identity, once. A retry (or a second device)
   * gets the same user back; registering again as something else is a conflict.
   */
  async register(ctx: RequestContext, input: RegisterInput): Promise<User> {
    const caller = requireCaller(ctx);
    if (!caller.email && !caller.phone) {
      throw new ValidationError('The signed-in account has neither an email nor a phone number.');
    }
    const type = input.type as unknown as UserType;
    let user = await this.findRegistered(ctx.em, caller);
    if (!user) {
      try {
        user = await ctx.em.transactional(async (em) => {
          const created = em.create(User, {
            firebaseUid: caller.firebaseUid,
            email: caller.email?.toLowerCase() ?? null,
            phone: caller.phone,
            fullName: input.fullName.trim(),
            type,
            ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
          });
          if (type === UserType.BUYER) em.create(BuyerProfile, { userId: created.id });
          return created;
        });
      } catch (error) {
        // A concurrent retry won the insert: answer with what it created.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        ctx.em.clear();
        user = await this.findRegistered(ctx.em, caller);
        if (!user) throw error;
      }
    }
    if (user.type !== type) {
      throw new ConflictError(`This account is already registered as ${user.type}.`, { registeredAs: user.type });
    }
    // Claims are outside the transaction (Firebase is not our database); register is idempotent,
    // so a failure here is repaired by the client's retry.
    await this.identity.setRoleClaims(user.firebaseUid, { roles: [user.type as Role], userId: user.id });
    return user;
  }

  private async findRegistered(em: EntityManager, caller: Caller): Promise<User | null> {
    const user = await em.findOne(User, { firebaseUid: caller.firebaseUid });
    if (user?.status === UserStatus.DELETED) throw new ConflictError('This account was deleted.');
    return user;
  }

  async updateMe(ctx: RequestContext, input: UpdateMeInput): Promise<User> {
    const user = await this.requireCurrent(ctx);
    if (input.fullName !== undefined) user.fullName = input.fullName.trim();
    if (input.preferredLanguage !== undefined) user.preferredLanguage = input.preferredLanguage;
    await ctx.em.flush();
    return user;
  }

  /**
   * A buyer deletes their own account (docs/account-deletion.md). Vendors are refused for now:
   * settlements may still be owed to or by their business. Admins are deleted by another admin.
   */
  async deleteMyAccount(ctx: RequestContext): Promise<User> {
    const user = await this.requireCurrent(ctx);
    if (user.type === UserType.VENDOR) {
      throw new ConflictError('Vendor accounts cannot be deleted yet: settlements may still be owed. Contact RealServ support.', { reason: 'VENDOR_ACCOUNT' });
    }
    if (user.type === UserType.ADMIN) throw new ConflictError('Another admin deletes an admin account (adminDeleteUser).', { reason: 'ADMIN_ACCOUNT' });
    return this.eraseAccount(ctx, user.id, 'deleted by the user');
  }

  /** Admins delete a buyer's or another admin's account; never their own, never the last active admin. */
  async adminDelete(ctx: RequestContext, userId: string, reason: string): Promise<User> {
    const actorId = requireUserId(ctx);
    const id = assertId(userId, 'userId');
    if (id === actorId) throw new ForbiddenError('Admins cannot delete their own account.');
    return this.eraseAccount(ctx, id, reason);
  }

  /**
   * Erases what identity holds about a person: name, email, phone, addresses, buyer profile; the
   * row stays (status DELETED) because orders, payments and invoices refer to its id. The
   * Firebase account is removed last inside the transaction, so a Firebase failure rolls the
   * erasure back and the request can simply be retried (an account already gone is fine). With
   * it gone the gateway refuses the user's tokens and closes their sockets, as for suspended
   * users. UserDeleted (outbox, same transaction) tells the other subgraphs.
   */
  private async eraseAccount(ctx: RequestContext, id: string, reason: string): Promise<User> {
    const user = await ctx.em.transactional(async (em) => {
      await this.lockActiveAdmins(em);
      const target = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!target) throw new NotFoundError('User', id);
      if (target.status === UserStatus.DELETED) return target;
      if (target.type === UserType.VENDOR) {
        throw new ConflictError('Vendor accounts cannot be deleted yet: settlements may still be owed.', { reason: 'VENDOR_ACCOUNT' });
      }
      await this.keepAnActiveAdmin(em, target);
      if (target.type === UserType.BUYER) {
        // Asked of orders itself, under the user's lock and before anything changes: if orders
        // does not answer, SERVICE_UNAVAILABLE rolls this back (account-deletion-check.ts).
        const blockers = await this.deletionCheck.blockersOf(target.id, ctx.requestId);
        if (blockers.openOrderNumbers.length) {
          throw new ConflictError('Finish or cancel your open orders before deleting the account.', { reason: 'OPEN_ORDERS', orderNumbers: blockers.openOrderNumbers });
        }
        if (blockers.openDisputeOrderNumbers.length) {
          throw new ConflictError('Wait until your open disputes are resolved before deleting the account.', { reason: 'OPEN_DISPUTE', orderNumbers: blockers.openDisputeOrderNumbers });
        }
      }
      const firebaseUid = target.firebaseUid;
      const deletedAt = new Date();
      target.status = UserStatus.DELETED;
      target.deletedAt = deletedAt;
      target.fullName = DELETED_NAME;
      target.email = null;
      target.phone = null;
      // Frees the unique Firebase uid and keeps nothing that identifies the sign-in account.
      target.firebaseUid = `deleted:${target.id}`;
      await em.nativeDelete(DeliveryAddress, { userId: target.id });
      await em.nativeUpdate(BuyerProfile, { userId: target.id }, { companyName: null, gstin: null });
      recordEvent(em, UserDeleted, { userId: target.id, userType: target.type, deletedAt: deletedAt.toISOString() });
      await em.flush();
      await this.identity.deleteUser(firebaseUid);
      return target;
    });
    ctx.log.info({ targetUserId: id, reason }, 'account deleted');
    return user;
  }

  async createAdmin(ctx: RequestContext, input: CreateAdminUserInput): Promise<User> {
    const actorId = requireUserId(ctx);
    const email = input.email.toLowerCase();
    if (await ctx.em.count(User, { email })) throw new ConflictError('A user with this email already exists.');
    if (await this.identity.findUserByEmail(email)) {
      throw new ConflictError('A sign-in account with this email already exists.');
    }
    const firebaseUid = await this.identity.createUser({
      email,
      password: input.temporaryPassword,
      displayName: input.fullName,
    });
    const user = await ctx.em.transactional(async (em) => {
      const created = em.create(User, { firebaseUid, email, fullName: input.fullName.trim(), type: UserType.ADMIN });
      em.create(AdminProfile, { userId: created.id, department: input.department ?? null, createdByUserId: actorId });
      return created;
    });
    await this.identity.setRoleClaims(firebaseUid, { roles: ['ADMIN'], userId: user.id });
    return user;
  }

  async findById(ctx: RequestContext, id: string): Promise<User> {
    const user = await ctx.em.findOne(User, { id: assertId(id) });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  async list(ctx: RequestContext, filter: UsersFilter | undefined, page: PageInput | undefined): Promise<Page<User>> {
    const where: Record<string, unknown> = { status: filter?.status ?? { $ne: UserStatus.DELETED } };
    if (filter?.type) where.type = filter.type;
    if (filter?.search) {
      const prefix = `${escapeLike(filter.search.trim().toLowerCase())}%`;
      where.$or = [{ fullName: { $ilike: prefix } }, { email: { $like: prefix } }, { phone: { $like: prefix } }];
    }
    const [items, total] = await ctx.em.findAndCount(User, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      ...pageWindow(page),
    });
    return toPage(items, total, page);
  }

  async setStatus(ctx: RequestContext, input: SetUserStatusInput): Promise<User> {
    const actorId = requireUserId(ctx);
    const id = assertId(input.userId, 'userId');
    if (id === actorId) throw new ForbiddenError('Admins cannot change their own status.');
    const user = await ctx.em.transactional(async (em) => {
      if ((input.status as string) === UserStatus.SUSPENDED) await this.lockActiveAdmins(em);
      const target = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!target) throw new NotFoundError('User', id);
      if (target.status === UserStatus.DELETED) throw new ConflictError('Deleted users cannot be reactivated.');
      if ((input.status as string) === UserStatus.SUSPENDED) await this.keepAnActiveAdmin(em, target);
      target.status = input.status as unknown as UserStatus;
      return target;
    });
    ctx.log.info({ targetUserId: id, status: input.status, reason: input.reason }, 'user status changed');
    await this.identity.setDisabled(user.firebaseUid, user.status === UserStatus.SUSPENDED);
    return user;
  }

  /**
   * Admins correct another user's name, language or contact phone. The phone is unique among
   * users who are not deleted: checked under a transaction lock on that number, so two admins
   * giving it to two users at once cannot both win. Deleted users are final (CONFLICT).
   */
  async adminUpdate(ctx: RequestContext, userId: string, input: AdminUpdateUserInput): Promise<User> {
    requireUserId(ctx);
    const id = assertId(userId, 'userId');
    const user = await ctx.em.transactional(async (em) => {
      if (input.phone !== undefined) await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`users.phone:${input.phone}`]);
      const target = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!target) throw new NotFoundError('User', id);
      if (target.status === UserStatus.DELETED) throw new ConflictError('Deleted users cannot be edited.', { reason: 'USER_DELETED' });
      if (input.phone !== undefined && input.phone !== target.phone) {
        if (await em.count(User, { phone: input.phone, id: { $ne: id }, status: { $ne: UserStatus.DELETED } })) {
          throw new ConflictError('Another user has this phone number.', { reason: 'PHONE_TAKEN', field: 'phone' });
        }
        target.phone = input.phone;
      }
      if (input.fullName !== undefined) target.fullName = input.fullName.trim();
      if (input.preferredLanguage !== undefined) target.preferredLanguage = input.preferredLanguage;
      return target;
    });
    // Notifications reads contacts and language from identity when it sends (no copy to update).
    ctx.log.info({ targetUserId: id, fields: Object.keys(input) }, 'user profile changed by an admin');
    return user;
  }

  /** Serialises every change that can take an admin out of service, so "the last one" is decided one at a time. */
  private async lockActiveAdmins(em: EntityManager): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(?)', [ACTIVE_ADMINS_LOCK]);
  }

  /** Under lockActiveAdmins: refuses to take the last active admin out of service (nobody could undo it). */
  private async keepAnActiveAdmin(em: EntityManager, target: User): Promise<void> {
    if (target.type !== UserType.ADMIN || target.status !== UserStatus.ACTIVE) return;
    const others = await em.count(User, { type: UserType.ADMIN, status: UserStatus.ACTIVE, id: { $ne: target.id } });
    if (others === 0) throw new ConflictError('This is the last active admin.', { reason: 'LAST_ACTIVE_ADMIN' });
  }

  /** Registration used by the demo seed: same rules as `register`, for a known Firebase uid. */
  async ensureUser(
    em: EntityManager,
    input: { firebaseUid: string; email: string; fullName: string; type: UserType; phone?: string; vendorId?: string },
  ): Promise<User> {
    let user = await em.findOne(User, { firebaseUid: input.firebaseUid });
    if (!user) {
      user = await em.transactional(async (tx) => {
        const created = tx.create(User, {
          firebaseUid: input.firebaseUid,
          email: input.email,
          phone: input.phone ?? null,
          fullName: input.fullName,
          type: input.type,
        });
        if (input.type === UserType.BUYER) tx.create(BuyerProfile, { userId: created.id });
        if (input.type === UserType.ADMIN) tx.create(AdminProfile, { userId: created.id });
        return created;
      });
    }
    await this.identity.setRoleClaims(user.firebaseUid, {
      roles: [user.type as Role],
      userId: user.id,
      ...(input.vendorId ? { vendorId: input.vendorId } : {}),
    });
    return user;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
