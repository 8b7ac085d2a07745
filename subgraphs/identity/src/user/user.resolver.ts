import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageInput, Paginated, isAdmin, type RequestContext } from '@realserv/platform';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';
import { User, UserType } from './user.entity.js';
import { buyerProfilesByUserId } from './user.loaders.js';
import { CreateAdminUserInput, RegisterInput, SetUserStatusInput, UpdateMeInput, UsersFilter } from './user.inputs.js';
import type { UserService } from './user.service.js';

@ObjectType()
export class UserPage extends Paginated(User) {}

/** Contact details and profiles are visible to the user themself and to admins only. */
function isSelfOrAdmin(ctx: RequestContext, user: User): boolean {
  return isAdmin(ctx) || (ctx.caller?.firebaseUid !== undefined && ctx.caller.firebaseUid === user.firebaseUid);
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Authorized()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null until they register.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return this.userService.findCurrent(ctx);
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      'Creates the RealServ user for the signed-in Firebase account and sets its role claim. Idempotent: a retry returns the same user. Refresh the ID token afterwards to carry the new claims.',
  })
  register(@Arg('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.register(ctx, input);
  }

  @Authorized()
  @Mutation(() => User)
  updateMe(@Arg('input') input: UpdateMeInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.updateMe(ctx, input);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Soft-deletes the signed-in user and disables their sign-in.' })
  deleteMyAccount(@Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.deleteMyAccount(ctx);
  }

  @Authorized('ADMIN')
  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.findById(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => UserPage, { description: 'Users, newest first. Deleted users only when filtered by that status.' })
  users(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UsersFilter, { nullable: true }) filter?: UsersFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return this.userService.list(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  createAdminUser(@Arg('input') input: CreateAdminUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.createAdmin(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Suspends or reactivates a user; suspension also ends their sessions.' })
  setUserStatus(@Arg('input') input: SetUserStatusInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.setStatus(ctx, input);
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
