import DataLoader from 'dataloader';
import type { RequestContext } from '@realserv/platform';
import { User } from './user.entity.js';
import { BuyerProfile } from '../buyer/buyer-profile.entity.js';

/** One query for every User id asked for in a request (reference resolvers included). */
export const usersById = (ctx: RequestContext) =>
  new DataLoader<string, User | null>(async (ids) => {
    const users = await ctx.em.find(User, { id: { $in: [...ids] } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const buyerProfilesByUserId = (ctx: RequestContext) =>
  new DataLoader<string, BuyerProfile | null>(async (userIds) => {
    const profiles = await ctx.em.find(BuyerProfile, { userId: { $in: [...userIds] } });
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });
