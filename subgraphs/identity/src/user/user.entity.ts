import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum UserType {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
}
registerEnumType(UserType, {
  name: 'UserType',
  description: 'What a user is on RealServ; also their role claim.',
  valuesConfig: {
    BUYER: { description: 'Buys materials and hires labour; registers themself.' },
    VENDOR: { description: 'Staff of a vendor business; registers themself, then onboards the business.' },
    ADMIN: { description: 'RealServ operations staff; created by another admin (createAdminUser).' },
  },
});

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Whether a user may sign in and use RealServ.',
  valuesConfig: {
    ACTIVE: { description: 'Can sign in and use the API.' },
    SUSPENDED: { description: 'Suspended by an admin: sign-in disabled and sessions ended until reactivated.' },
    DELETED: { description: 'The user deleted their account (soft delete, kept for orders and audits); final.' },
  },
});

export enum PreferredLanguage {
  EN = 'EN',
  HI = 'HI',
  KN = 'KN',
  TA = 'TA',
  TE = 'TE',
  MR = 'MR',
}
registerEnumType(PreferredLanguage, {
  name: 'PreferredLanguage',
  description: 'Language for messages and notifications.',
  valuesConfig: {
    EN: { description: 'English.' },
    HI: { description: 'Hindi.' },
    KN: { description: 'Kannada.' },
    TA: { description: 'Tamil.' },
    TE: { description: 'Telugu.' },
    MR: { description: 'Marathi.' },
  },
});

/**
 * A person who signed in with Firebase Auth and registered. Only the fields marked @Field are
 * API; the Firebase uid stays internal.
 */
@Entity({ tableName: 'users' })
@ObjectType({ description: 'A registered RealServ user: buyer, vendor staff or admin.' })
@Directive('@key(fields: "id")')
export class User {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The RealServ user id (not the Firebase uid).' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique({ name: 'users_firebase_uid_unique' })
  firebaseUid!: string;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'users_email_idx' })
  @Field(() => String, { nullable: true, description: 'Sign-in email, lower-cased; visible to the user themself and admins only (null for others).' })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'users_phone_idx' })
  @Field(() => String, { nullable: true, description: 'E.164 mobile number, e.g. +919876543210; visible to the user themself and admins only (null for others).' })
  phone: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'The name the user registered with.' })
  fullName!: string;

  @Enum({ items: () => UserType, nativeEnumName: 'user_type' })
  @Index({ name: 'users_type_status_idx', properties: ['type', 'status'] })
  @Field(() => UserType, { description: 'What the user is (buyer, vendor staff, admin); fixed at registration.' })
  type!: UserType;

  @Enum({ items: () => UserStatus, nativeEnumName: 'user_status' })
  @Field(() => UserStatus, { description: 'Active, suspended by an admin, or deleted by the user.' })
  status: UserStatus & Opt = UserStatus.ACTIVE;

  @Enum({ items: () => PreferredLanguage, nativeEnumName: 'preferred_language' })
  @Field(() => PreferredLanguage, { description: 'Language for messages and notifications (default EN).' })
  preferredLanguage: PreferredLanguage & Opt = PreferredLanguage.EN;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the user registered.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the user’s record last changed.' })
  updatedAt: Date & Opt = new Date();
}
