import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError, requireUserId, type RequestContext } from '@realserv/platform';
import type { NotificationCategory, NotificationChannel } from '../notification/notification-kinds.js';
import { NotificationPreference } from './notification-preference.entity.js';
import type { NotificationPreferenceInput } from './preference.inputs.js';
import { allowedChannels, preferenceMatrix, securityProblem, type PreferenceSetting } from './preference-rules.js';

export class PreferenceService {
  /** Of `channels`, those the user allows for the category (defaults: all on except PROMOTIONS; security categories never end up empty). */
  async allowed(em: EntityManager, userId: string, category: NotificationCategory, channels: NotificationChannel[]): Promise<NotificationChannel[]> {
    const stored: PreferenceSetting[] = await em.createQueryBuilder(NotificationPreference).select(['channel', 'category', 'enabled']).where({ userId, category }).execute('all');
    return allowedChannels(preferenceMatrix(stored), category, channels);
  }

  /** `allowed` for several users in one query: call the returned function per (user, category, channels). */
  async allowedFor(em: EntityManager, userIds: string[]): Promise<(userId: string, category: NotificationCategory, channels: NotificationChannel[]) => NotificationChannel[]> {
    const rows: Array<PreferenceSetting & { userId: string }> = userIds.length
      ? await em.createQueryBuilder(NotificationPreference).select(['userId', 'channel', 'category', 'enabled']).where({ userId: { $in: [...new Set(userIds)] } }).execute('all')
      : [];
    return (userId, category, channels) =>
      allowedChannels(preferenceMatrix(rows.filter((r) => r.userId === userId && r.category === category)), category, channels);
  }

  /** The signed-in user's full matrix. */
  async mine(ctx: RequestContext) {
    const userId = requireUserId(ctx);
    return preferenceMatrix(await ctx.em.find(NotificationPreference, { userId }));
  }

  /** Applies the changes as one; refused whole (nothing written) when a security category would have every channel off. */
  async update(ctx: RequestContext, changes: NotificationPreferenceInput[]) {
    const userId = requireUserId(ctx);
    const seen = new Set<string>();
    for (const change of changes) {
      const key = `${change.channel}/${change.category}`;
      if (seen.has(key)) throw new ValidationError(`${change.channel} ${change.category} is given twice.`, { field: 'input', channel: change.channel, category: change.category });
      seen.add(key);
    }
    return ctx.em.transactional(async (em) => {
      // One user's updates in turn: two concurrent ones each leaving one channel on could
      // otherwise together switch a security category off entirely.
      await em.getConnection().execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`notification-preferences:${userId}`]);
      const stored = await em.find(NotificationPreference, { userId });
      const next: PreferenceSetting[] = preferenceMatrix(stored).map((setting) => {
        const change = changes.find((c) => c.channel === setting.channel && c.category === setting.category);
        return change ? { ...setting, enabled: change.enabled } : setting;
      });
      const problem = securityProblem(next);
      if (problem) {
        throw new ValidationError(`${problem} messages are needed for security: keep at least one channel on.`, { field: 'input', category: problem });
      }
      await em.upsertMany(
        NotificationPreference,
        changes.map((c) => ({ id: randomUUID(), userId, channel: c.channel, category: c.category, enabled: c.enabled, updatedAt: new Date() })),
        { onConflictFields: ['userId', 'channel', 'category'], onConflictMergeFields: ['enabled', 'updatedAt'] },
      );
      return preferenceMatrix(await em.find(NotificationPreference, { userId }, { refresh: true }));
    });
  }
}
