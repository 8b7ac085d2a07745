import { Field, InputType, ObjectType } from 'type-graphql';
import type { NotificationCategory, NotificationChannel } from '../notification/notification-kinds.js';
import { NotificationCategoryEnum, NotificationChannelEnum } from '../notification/notification.entity.js';

@ObjectType({ description: 'Whether the signed-in user gets one category of messages on one channel.' })
export class NotificationPreferenceSetting {
  @Field(() => NotificationChannelEnum, { description: 'The channel.' }) channel!: NotificationChannel;
  @Field(() => NotificationCategoryEnum, { description: 'The category.' }) category!: NotificationCategory;
  @Field({ description: 'On or off.' }) enabled!: boolean;
  @Field({ description: 'True while the user has not chosen: the default (everything on except PROMOTIONS).' }) isDefault!: boolean;
}

@InputType({ description: 'Turn one category on or off on one channel.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationChannelEnum, { description: 'The channel.' }) channel!: NotificationChannel;
  @Field(() => NotificationCategoryEnum, { description: 'The category.' }) category!: NotificationCategory;
  @Field({ description: 'True to receive it on that channel, false to stop.' }) enabled!: boolean;
}
