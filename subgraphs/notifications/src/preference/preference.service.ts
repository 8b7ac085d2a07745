// TEMPORARY (core, until the templates branch merges): the templates helper REPLACES this file
// with the NotificationPreference-backed service; only the class name and signature are the seam.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationCategory, NotificationChannel } from '../notification/notification-kinds.js';

export class PreferenceService {
  /** Stand-in defaults: everything on except PROMOTIONS. */
  async allowed(_em: EntityManager, _userId: string, category: NotificationCategory, channels: NotificationChannel[]): Promise<NotificationChannel[]> {
    return category === 'PROMOTIONS' ? [] : channels;
  }
}
