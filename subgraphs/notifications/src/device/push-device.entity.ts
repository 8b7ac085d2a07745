import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum PushPlatform {
  ANDROID = 'ANDROID',
  IOS = 'IOS',
  WEB = 'WEB',
}
registerEnumType(PushPlatform, {
  name: 'PushPlatform',
  description: 'Where a push device runs.',
  valuesConfig: { ANDROID: { description: 'The Android app.' }, IOS: { description: 'The iOS app.' }, WEB: { description: 'A browser (vendor web).' } },
});

/**
 * A device of a user that receives push (an FCM registration token). A token belongs to one
 * device at a time (unique): re-registering it elsewhere moves it, so a phone handed to another
 * user stops receiving the first user's messages. FCM's `registration-token-not-registered`
 * removes it (PushDeviceService.forget).
 */
@Entity({ tableName: 'push_devices' })
@Unique({ name: 'push_devices_token_key', properties: ['token'] })
@Unique({ name: 'push_devices_user_device_key', properties: ['userId', 'deviceId'] })
@Index({ name: 'push_devices_user_idx', properties: ['userId', 'lastSeenAt'] })
@ObjectType({ description: 'One of the signed-in user’s devices registered for push.' })
export class PushDevice {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The registration id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The app’s own id for the device (stable across token refreshes).' })
  deviceId!: string;

  /** The FCM registration token: a credential to reach the device, never returned by the API. */
  @Property({ type: 'text' })
  token!: string;

  @Enum({ items: () => PushPlatform, nativeEnumName: 'push_platform' })
  @Field(() => PushPlatform, { description: 'Android, iOS or web.' })
  platform!: PushPlatform;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was first registered.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the app last registered it (each start of the app does).' })
  lastSeenAt: Date & Opt = new Date();
}
