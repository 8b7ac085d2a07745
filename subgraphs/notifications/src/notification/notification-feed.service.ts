import type { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel, type FilterQuery } from '@mikro-orm/core';
import { ConflictError, NotFoundError, ValidationError, assertId, isAdmin, requireUserId, pageWindow, toPage, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { Notification, NotificationStatus } from './notification.entity.js';
import type { NotificationCategory, NotificationChannel } from './notification-kinds.js';

export interface Feed extends Page<Notification> {
  unreadCount: number;
}

export interface NotificationsFilter {
  userId?: string | undefined;
  kind?: string | undefined;
  channel?: NotificationChannel | undefined;
  status?: NotificationStatus | undefined;
  category?: NotificationCategory | undefined;
  eventId?: string | undefined;
}

/** The longest `ids` list markNotificationsRead takes. */
export const MAX_MARK_READ_IDS = 100;

/**
 * The in-app feed (a user's IN_APP notifications and what they have read) and the admin views
 * of every notification.
 */
export class NotificationFeedService {
  async feedOf(em: EntityManager, userId: string, page: PageInput | undefined, unreadOnly: boolean): Promise<Feed> {
    const where: FilterQuery<Notification> = { userId, channel: 'IN_APP', ...(unreadOnly ? { readAt: null } : {}) };
    // One snapshot for the page, its total and the unread count, so a notification arriving
    // between the reads never shows in the list without being counted.
    return em.transactional(
      async (tx) => {
        const [items, total] = await tx.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, ...pageWindow(page) });
        const unreadCount = await tx.count(Notification, { userId, channel: 'IN_APP', readAt: null });
        return { ...toPage(items, total, page), unreadCount };
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }

  /** One notification: its recipient and admins may read it; NOT_FOUND for everyone else. */
  async findVisible(ctx: RequestContext, id: string): Promise<Notification> {
    const n = await ctx.em.findOne(Notification, { id: assertId(id) });
    if (!n || !(isAdmin(ctx) || (ctx.caller?.userId != null && ctx.caller.userId === n.userId))) throw new NotFoundError('Notification', id);
    return n;
  }

  /**
   * Marks the caller's own in-app notifications read: the given ids (others' ids are ignored,
   * never revealed) or all. Returns the unread count left. Repeating it changes nothing.
   */
  async markRead(ctx: RequestContext, ids: string[] | null, all: boolean): Promise<number> {
    const userId = requireUserId(ctx);
    if (all === (ids !== null)) throw new ValidationError('Give either ids or all: true.');
    if (ids && (ids.length === 0 || ids.length > MAX_MARK_READ_IDS)) throw new ValidationError(`Give 1 to ${MAX_MARK_READ_IDS} ids.`);
    const scope: FilterQuery<Notification> = { userId, channel: 'IN_APP', readAt: null, ...(ids ? { id: { $in: ids.map((id) => assertId(id)) } } : {}) };
    await ctx.em.nativeUpdate(Notification, scope, { readAt: new Date(), status: NotificationStatus.READ });
    return ctx.em.count(Notification, { userId, channel: 'IN_APP', readAt: null });
  }

  async list(em: EntityManager, filter: NotificationsFilter | undefined, page: PageInput | undefined): Promise<Page<Notification>> {
    const where: FilterQuery<Notification> = {};
    if (filter?.userId) where.userId = assertId(filter.userId, 'userId');
    if (filter?.eventId) where.eventId = assertId(filter.eventId, 'eventId');
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.channel) where.channel = filter.channel;
    if (filter?.status) where.status = filter.status;
    if (filter?.category) where.category = filter.category;
    const [items, total] = await em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, ...pageWindow(page) });
    return toPage(items, total, page);
  }

  /**
   * Sends a provider notification again (an admin, after fixing a number or a provider outage):
   * back to QUEUED with fresh attempts; the sender renders it anew (a delivery OTP with the code
   * live now). In-app notifications are already in the feed: CONFLICT.
   */
  async resend(em: EntityManager, id: string): Promise<Notification> {
    return em.transactional(async (tx) => {
      const n = await tx.findOne(Notification, { id: assertId(id) });
      if (!n) throw new NotFoundError('Notification', id);
      if (n.channel === 'IN_APP') throw new ConflictError('In-app notifications are in the feed already; nothing to resend.', { reason: 'IN_APP' });
      if (n.status === NotificationStatus.QUEUED) throw new ConflictError('It is queued already.', { reason: 'ALREADY_QUEUED' });
      Object.assign(n, {
        status: NotificationStatus.QUEUED,
        attempts: 0,
        failureReason: null,
        providerMessageId: null,
        sentAt: null,
        deliveredAt: null,
        readAt: null,
        failedAt: null,
        nextAttemptAt: new Date(),
        jobQueuedAt: null,
      });
      return n;
    });
  }
}
