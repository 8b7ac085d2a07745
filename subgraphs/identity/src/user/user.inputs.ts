import { IsE164Phone, OptionalNotNull } from '@realserv/platform';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { PreferredLanguage, UserStatus, UserType } from './user.entity.js';

export enum RegistrationType {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
}
registerEnumType(RegistrationType, {
  name: 'RegistrationType',
  description: 'What a new user registers as. Admins are created by other admins.',
  valuesConfig: {
    BUYER: { description: 'A buyer of materials and labour (gets a buyer profile).' },
    VENDOR: { description: 'Vendor staff; then onboardVendor registers the business.' },
  },
});

const NAME = /^[\p{L}\p{M} .'-]+$/u;

@InputType({ description: 'What a signed-in account registers with; email and phone come from the sign-in account.' })
export class RegisterInput {
  @Field({ description: '2–100 letters, spaces, dots, apostrophes or hyphens.' })
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName!: string;

  @Field(() => RegistrationType, { defaultValue: RegistrationType.BUYER, description: 'BUYER (default) or VENDOR; cannot change later.' })
  type: RegistrationType = RegistrationType.BUYER;

  @Field(() => PreferredLanguage, { nullable: true, description: 'Language for messages; EN when omitted.' })
  @IsOptional()
  preferredLanguage?: PreferredLanguage;
}

@InputType({ description: 'Changes to the signed-in user’s own profile; omitted fields stay as they are.' })
export class UpdateMeInput {
  @Field({ nullable: true, description: '2–100 letters, spaces, dots, apostrophes or hyphens.' })
  @OptionalNotNull()
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName?: string;

  @Field(() => PreferredLanguage, { nullable: true, description: 'Language for messages and notifications.' })
  @OptionalNotNull()
  preferredLanguage?: PreferredLanguage;
}

@InputType({ description: 'A new admin account: RealServ user and sign-in account with a password.' })
export class CreateAdminUserInput {
  @Field({ description: 'Sign-in email (stored lower-case); must not belong to any user or sign-in account yet.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: '2–100 letters, spaces, dots, apostrophes or hyphens.' })
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName!: string;

  @Field({ description: 'Initial password (12–128 characters); the admin should change it after signing in.' })
  @Length(12, 128)
  temporaryPassword!: string;

  @Field({ nullable: true, description: 'Optional team, e.g. "Operations"; up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  department?: string;
}

@InputType({ description: 'Narrows the admin user list; all given conditions must match.' })
export class UsersFilter {
  @Field(() => UserType, { nullable: true, description: 'Only users of this type.' })
  @IsOptional()
  type?: UserType;

  @Field(() => UserStatus, { nullable: true, description: 'Only users in this status; without it deleted users are left out.' })
  @IsOptional()
  status?: UserStatus;

  @Field({ nullable: true, description: 'Matches the start of the name, email or phone.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

export enum ModeratedUserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(ModeratedUserStatus, {
  name: 'ModeratedUserStatus',
  description: 'The statuses an admin may set.',
  valuesConfig: {
    ACTIVE: { description: 'Reactivate: sign-in enabled again.' },
    SUSPENDED: { description: 'Suspend: sign-in disabled and sessions ended.' },
  },
});

@InputType({ description: 'An admin’s moderation of a user.' })
export class SetUserStatusInput {
  @Field(() => ID, { description: 'The user to suspend or reactivate (not the admin themself).' })
  userId!: string;

  @Field(() => ModeratedUserStatus, { description: 'ACTIVE to reactivate, SUSPENDED to suspend.' })
  status!: ModeratedUserStatus;

  @Field({ description: 'Why, 3–500 characters; logged with the admin’s id.' })
  @Length(3, 500)
  reason!: string;
}

@InputType({ description: 'An admin’s corrections to another user’s profile; omitted fields stay as they are.' })
export class AdminUpdateUserInput {
  @Field({ nullable: true, description: '2–100 letters, spaces, dots, apostrophes or hyphens.' })
  @OptionalNotNull()
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName?: string;

  @Field(() => PreferredLanguage, { nullable: true, description: 'Language for messages and notifications.' })
  @OptionalNotNull()
  preferredLanguage?: PreferredLanguage;

  @Field({ nullable: true, description: 'Contact mobile in E.164, e.g. +919876543210; no other (not deleted) user may have it. Does not change how the user signs in.' })
  @OptionalNotNull()
  @IsE164Phone()
  phone?: string;
}
