import { OptionalNotNull } from '@realserv/platform';
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
});

const NAME = /^[\p{L}\p{M} .'-]+$/u;

@InputType()
export class RegisterInput {
  @Field()
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName!: string;

  @Field(() => RegistrationType, { defaultValue: RegistrationType.BUYER })
  type: RegistrationType = RegistrationType.BUYER;

  @Field(() => PreferredLanguage, { nullable: true })
  @IsOptional()
  preferredLanguage?: PreferredLanguage;
}

@InputType()
export class UpdateMeInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName?: string;

  @Field(() => PreferredLanguage, { nullable: true })
  @OptionalNotNull()
  preferredLanguage?: PreferredLanguage;
}

@InputType()
export class CreateAdminUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(2, 100)
  @Matches(NAME, { message: 'fullName may contain letters, spaces, dots, apostrophes and hyphens' })
  fullName!: string;

  @Field({ description: 'Initial password (12–128 characters); the admin should change it after signing in.' })
  @Length(12, 128)
  temporaryPassword!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string;
}

@InputType()
export class UsersFilter {
  @Field(() => UserType, { nullable: true })
  @IsOptional()
  type?: UserType;

  @Field(() => UserStatus, { nullable: true })
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
registerEnumType(ModeratedUserStatus, { name: 'ModeratedUserStatus' });

@InputType()
export class SetUserStatusInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ModeratedUserStatus)
  status!: ModeratedUserStatus;

  @Field()
  @Length(3, 500)
  reason!: string;
}
