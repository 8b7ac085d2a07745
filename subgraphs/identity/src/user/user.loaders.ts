import DataLoader from 'dataloader';
import { oneByKey, readPlain, type RequestContext } from '@realserv/platform';
import { User } from './user.entity.js';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';
import { AdminProfile } from '../admin/admin-profile.entity.js';

/**
 * One query for every User id asked for in a request (reference resolvers included). The loaders
 * answer only (plain objects, readPlain); writes load their entities with the EntityManager.
 */
export const usersById = (ctx: RequestContext) =>
  new DataLoader<string, User | null>(async (ids) => {
    return oneByKey(ids, await readPlain(ctx.em, User, 'select * from users where id in (?)', [[...ids]]), (u) => u.id);
  });

export const buyerProfilesByUserId = (ctx: RequestContext) =>
  new DataLoader<string, BuyerProfile | null>(async (userIds) => {
    return oneByKey(userIds, await readPlain(ctx.em, BuyerProfile, 'select * from buyer_profiles where user_id in (?)', [[...userIds]]), (p) => p.userId);
  });

export const adminProfilesByUserId = (ctx: RequestContext) =>
  new DataLoader<string, AdminProfile | null>(async (userIds) => {
    return oneByKey(userIds, await readPlain(ctx.em, AdminProfile, 'select * from admin_profiles where user_id in (?)', [[...userIds]]), (p) => p.userId);
  });
