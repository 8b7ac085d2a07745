import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, requireUserId, type RequestContext } from '@realserv/platform';
import { PushDevice, type PushPlatform } from './push-device.entity.js';

/** Most devices one user keeps registered; registering another forgets the longest unseen. */
export const MAX_DEVICES_PER_USER = 10;

export class PushDeviceService {
  async tokensOf(em: EntityManager, userId: string): Promise<Array<{ id: string; token: string }>> {
    return em.createQueryBuilder(PushDevice).select(['id', 'token']).where({ userId }).orderBy({ lastSeenAt: 'desc' }).execute('all');
  }

  /** Of `userIds`, those with at least one registered device (one query). */
  async withDevices(em: EntityManager, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows: Array<{ userId: string }> = await em.createQueryBuilder(PushDevice).select('userId', true).where({ userId: { $in: [...new Set(userIds)] } }).execute('all');
    return new Set(rows.map((r) => r.userId));
  }

  /** After FCM says `registration-token-not-registered`. */
  async forget(em: EntityManager, deviceId: string): Promise<void> {
    await em.nativeDelete(PushDevice, { id: deviceId });
  }

  /**
   * Registers (or refreshes) the caller's device with its current token. The token moves here
   * from wherever it was registered before; a user's devices beyond the cap are forgotten,
   * longest unseen first.
   */
  async register(ctx: RequestContext, input: { deviceId: string; token: string; platform: PushPlatform }): Promise<PushDevice> {
    const userId = requireUserId(ctx);
    const now = new Date();
    const attempt = () =>
      ctx.em.transactional(async (em) => {
        await em.nativeDelete(PushDevice, { token: input.token, $not: { userId, deviceId: input.deviceId } });
        await em.upsert(
          PushDevice,
          // Plain data: initializers do not run, so the id and createdAt of a new row are given here (kept on conflict).
          { id: randomUUID(), userId, deviceId: input.deviceId, token: input.token, platform: input.platform, createdAt: now, lastSeenAt: now },
          { onConflictFields: ['userId', 'deviceId'], onConflictMergeFields: ['token', 'platform', 'lastSeenAt'] },
        );
        const stale = await em.find(PushDevice, { userId }, { fields: ['id'], orderBy: { lastSeenAt: 'desc', id: 'asc' }, offset: MAX_DEVICES_PER_USER });
        if (stale.length) await em.nativeDelete(PushDevice, { id: { $in: stale.map((d) => d.id) } });
        return em.findOneOrFail(PushDevice, { userId, deviceId: input.deviceId }, { refresh: true });
      });
    try {
      return await attempt();
    } catch (error) {
      // The same token registered concurrently for another device: once more, now that it exists.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      try {
        return await attempt();
      } catch (again) {
        if (again instanceof UniqueConstraintViolationException) throw new ConflictError('This device is being registered elsewhere at the same time; try again.');
        throw again;
      }
    }
  }

  /** Removes one of the caller's devices (sign-out); another user's device is NOT_FOUND. */
  async remove(ctx: RequestContext, deviceId: string): Promise<PushDevice> {
    const userId = requireUserId(ctx);
    const device = await ctx.em.findOne(PushDevice, { userId, deviceId });
    if (!device) throw new NotFoundError('PushDevice', deviceId);
    await ctx.em.nativeDelete(PushDevice, { id: device.id });
    return device;
  }

  async mine(ctx: RequestContext): Promise<PushDevice[]> {
    return ctx.em.find(PushDevice, { userId: requireUserId(ctx) }, { orderBy: { lastSeenAt: 'desc' } });
  }
}
