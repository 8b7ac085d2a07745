import DataLoader from 'dataloader';
import { oneByKey, type RequestContext } from '@realserv/platform';
import { User } from './user.entity.js';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';
import { AdminProfile } from '../admin/admin-profile.entity.js';

/** One query for every User id asked for in a request (reference resolvers included). */
export const usersById = (ctx: RequestContext) =>
  new DataLoader<string, User | null>(async (ids) => {
    return oneByKey(ids, await ctx.em.find(User, { id: { $in: [...ids] } }), (u) => u.id);
  });

export const buyerProfilesByUserId = (ctx: RequestContext) =>
  new DataLoader<string, BuyerProfile | null>(async (userIds) => {
    return oneByKey(userIds, await ctx.em.find(BuyerProfile, { userId: { $in: [...userIds] } }), (p) => p.userId);
  });

export const adminProfilesByUserId = (ctx: RequestContext) =>
  new DataLoader<string, AdminProfile | null>(async (userIds) => {
    return oneByKey(userIds, await ctx.em.find(AdminProfile, { userId: { $in: [...userIds] } }), (p) => p.userId);
  });
