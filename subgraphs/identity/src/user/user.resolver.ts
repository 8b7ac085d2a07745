import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageInput, Paginated, ValidationError, isAdmin, type RequestContext } from '@realserv/platform';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';
import { User, UserType } from './user.entity.js';
import { AdminProfile } from '../admin/admin-profile.entity.js';
import { adminProfilesByUserId, buyerProfilesByUserId } from './user.loaders.js';
import { AdminUpdateUserInput, CreateAdminUserInput, RegisterInput, SetUserStatusInput, UpdateMeInput, UsersFilter } from './user.inputs.js';
import type { UserService } from './user.service.js';

@ObjectType({ description: 'One page of users, newest first.' })
export class UserPage extends Paginated(User) {}

/** Contact details and profiles are visible to the user themself and to admins only. */
function isSelfOrAdmin(ctx: RequestContext, user: User): boolean {
  return isAdmin(ctx) || (ctx.caller?.firebaseUid !== undefined && ctx.caller.firebaseUid === user.firebaseUid);
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Authorized()
  @Query(() => User, { nullable: true, description: 'The signed-in user (any role); null until they register.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return this.userService.findCurrent(ctx, { readOnly: true });
  }

  @Authorized()
  @Mutation(() => User, {
    description: 'Any signed-in Firebase account: creates its RealServ user and sets its role claim. Idempotent: a retry returns the same user. Refresh the ID token afterwards to carry the new claims. Errors: CONFLICT when the account is already registered as another type or was deleted; BAD_USER_INPUT when the account has neither email nor phone.',
  })
  register(@Arg('input', { description: 'Name, what to register as and language.' }) input: RegisterInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.register(ctx, input);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Changes the signed-in user’s name or language; omitted fields stay. Errors: FORBIDDEN until they register.' })
  updateMe(@Arg('input', { description: 'The fields to change.' }) input: UpdateMeInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.updateMe(ctx, input);
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      'Buyers: deletes the signed-in account. Name, email, phone, addresses and the sign-in account are erased; orders and invoices stay, with the buyer anonymised (docs/account-deletion.md); sessions end. Final. Errors: BAD_USER_INPUT (reason CONFIRMATION_REQUIRED) unless confirm is "DELETE"; CONFLICT with reason OPEN_ORDERS (with orderNumbers) while an order is not finished, OPEN_DISPUTE (with orderNumbers) while a dispute is not resolved, VENDOR_ACCOUNT (vendors cannot delete their account yet: settlements may be owed) or ADMIN_ACCOUNT (another admin deletes admins); SERVICE_UNAVAILABLE (retryable, nothing changed) when orders cannot be asked about open orders; FORBIDDEN until they register.',
  })
  deleteMyAccount(
    @Arg('confirm', { description: 'Exactly "DELETE": the user confirmed they understand it is final.' }) confirm: string,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    if (confirm !== 'DELETE') throw new ValidationError('Type DELETE to confirm.', { field: 'confirm', reason: 'CONFIRMATION_REQUIRED' });
    return this.userService.deleteMyAccount(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description:
      'Admins only: deletes a buyer’s or another admin’s account as deleteMyAccount does (erased, sign-in removed, sessions ended); the reason is logged. Errors: FORBIDDEN on their own account; NOT_FOUND; CONFLICT with reason OPEN_ORDERS, OPEN_DISPUTE, VENDOR_ACCOUNT or LAST_ACTIVE_ADMIN; SERVICE_UNAVAILABLE (retryable, nothing changed) when orders cannot be asked. Deleting a deleted account returns it unchanged.',
  })
  adminDeleteUser(
    @Arg('userId', () => ID, { description: 'The account to delete.' }) userId: string,
    @Arg('reason', { description: 'Why, 3–500 characters; logged with the admin’s id.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) throw new ValidationError('reason must be 3–500 characters.', { field: 'reason' });
    return this.userService.adminDelete(ctx, userId, trimmed);
  }

  @Authorized('ADMIN')
  @Query(() => User, { description: 'Admins only: one user by id, deleted users included. Errors: NOT_FOUND.' })
  user(@Arg('id', () => ID, { description: 'The user’s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.findById(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => UserPage, { description: 'Admins only: users, newest first. Deleted users only when filtered by that status.' })
  users(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UsersFilter, { nullable: true, description: 'Narrow by type, status or a name/email/phone prefix.' }) filter?: UsersFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.userService.list(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Admins only: creates another admin with an email and a temporary password. Errors: CONFLICT when a user or sign-in account with that email exists.' })
  createAdminUser(@Arg('input', { description: 'The new admin’s email, name and temporary password.' }) input: CreateAdminUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.createAdmin(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Admins only: suspends or reactivates a user; suspension disables their sign-in and ends their sessions. Errors: FORBIDDEN on their own account; NOT_FOUND; CONFLICT for a deleted user, or with reason LAST_ACTIVE_ADMIN when it would leave no active admin (decided one change at a time, so two admins suspending each other cannot both succeed).' })
  setUserStatus(@Arg('input', { description: 'The user, the new status and the reason (logged).' }) input: SetUserStatusInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.setStatus(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Admins only: corrects another user’s name, language or contact phone (E.164, unique among users not deleted); omitted fields stay. Suspended users can be edited. Errors: NOT_FOUND; BAD_USER_INPUT for a malformed id, name or phone; CONFLICT with reason PHONE_TAKEN, or USER_DELETED for a deleted user.' })
  adminUpdateUser(
    @Arg('userId', () => ID, { description: 'The user to change.' }) userId: string,
    @Arg('input', { description: 'The fields to change.' }) input: AdminUpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.userService.adminUpdate(ctx, userId, input);
  }

  @FieldResolver(() => AdminProfile, { nullable: true, description: 'Admin users only, and visible to admins only (null otherwise): their team.' })
  async adminProfile(@Root() user: User, @Ctx() ctx: RequestContext): Promise<AdminProfile | null> {
    if (user.type !== UserType.ADMIN || !isAdmin(ctx)) return null;
    return ctx.loaders.get(adminProfilesByUserId).load(user.id);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: User, @Ctx() ctx: RequestContext): string | null {
    return isSelfOrAdmin(ctx, user) ? user.email : null;
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() user: User, @Ctx() ctx: RequestContext): string | null {
    return isSelfOrAdmin(ctx, user) ? user.phone : null;
  }

  @FieldResolver(() => BuyerProfile, { nullable: true, description: 'Buyers only; visible to the buyer and admins.' })
  async buyerProfile(@Root() user: User, @Ctx() ctx: RequestContext): Promise<BuyerProfile | null> {
    if (user.type !== UserType.BUYER || !isSelfOrAdmin(ctx, user)) return null;
    return ctx.loaders.get(buyerProfilesByUserId).load(user.id);
  }
}
