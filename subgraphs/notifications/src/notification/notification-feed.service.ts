import type { EntityManager } from '@mikro-orm/postgresql';
import { toPage, type Page, type PageInput } from '@realserv/platform';
import { Notification, NotificationStatus } from './notification.entity.js';

export interface Feed extends Page<Notification> {
  unreadCount: number;
}

/** The in-app feed: a user's IN_APP notifications, newest first, and what they have read. */
export class NotificationFeedService {
  async feedOf(em: EntityManager, userId: string, page: PageInput | undefined, unreadOnly: boolean): Promise<Feed> {
    const where = { userId, channel: 'IN_APP' as const, ...(unreadOnly ? { readAt: null } : {}) };
    const [[items, total], unreadCount] = await Promise.all([
      em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: page?.offset ?? 0, limit: page?.limit ?? 20 }),
      em.count(Notification, { userId, channel: 'IN_APP', readAt: null, status: { $ne: NotificationStatus.FAILED } }),
    ]);
    return { ...toPage(items, total, page), unreadCount };
  }
}
