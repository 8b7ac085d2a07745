import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum UserType {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
}
registerEnumType(UserType, { name: 'UserType', description: 'What a user is on RealServ; also their role claim.' });

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

export enum PreferredLanguage {
  EN = 'EN',
  HI = 'HI',
  KN = 'KN',
  TA = 'TA',
  TE = 'TE',
  MR = 'MR',
}
registerEnumType(PreferredLanguage, { name: 'PreferredLanguage', description: 'Language for messages and notifications.' });

/**
 * A person who signed in with Firebase Auth and registered. Only the fields marked @Field are
 * API; the Firebase uid stays internal.
 */
@Entity({ tableName: 'users' })
@ObjectType({ description: 'A registered RealServ user: buyer, vendor staff or admin.' })
@Directive('@key(fields: "id")')
export class User {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique({ name: 'users_firebase_uid_unique' })
  firebaseUid!: string;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'users_email_idx' })
  @Field(() => String, { nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'users_phone_idx' })
  @Field(() => String, { nullable: true, description: 'E.164 mobile number, e.g. +919876543210.' })
  phone: string | null = null;

  @Property({ type: 'text' })
  @Field()
  fullName!: string;

  @Enum({ items: () => UserType, nativeEnumName: 'user_type' })
  @Index({ name: 'users_type_status_idx', properties: ['type', 'status'] })
  @Field(() => UserType)
  type!: UserType;

  @Enum({ items: () => UserStatus, nativeEnumName: 'user_status' })
  @Field(() => UserStatus)
  status: UserStatus & Opt = UserStatus.ACTIVE;

  @Enum({ items: () => PreferredLanguage, nativeEnumName: 'preferred_language' })
  @Field(() => PreferredLanguage)
  preferredLanguage: PreferredLanguage & Opt = PreferredLanguage.EN;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}
