import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { NotificationCategory, NotificationChannel } from '../notification/notification-kinds.js';
import { NotificationCategoryEnum, NotificationChannelEnum } from '../notification/notification.entity.js';

/**
 * A choice a user made for one channel and category. Only choices are stored: a missing row is the
 * default (preference-rules.ts), so a new category or channel needs no backfill.
 */
@Entity({ tableName: 'notification_preferences' })
@Unique({ name: 'notification_preferences_user_channel_category_key', properties: ['userId', 'channel', 'category'] })
export class NotificationPreference {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Enum({ items: () => NotificationChannelEnum, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Enum({ items: () => NotificationCategoryEnum, nativeEnumName: 'notification_category' })
  category!: NotificationCategory;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
