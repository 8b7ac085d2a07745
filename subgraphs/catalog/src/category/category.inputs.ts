import { OptionalNotNull } from '@realserv/platform';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CategoryKind } from './category.entity.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'slug must be lowercase letters and digits joined by single hyphens';

@InputType()
export class CreateCategoryInput {
  @Field()
  @Length(2, 80)
  name!: string;

  @Field()
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field(() => CategoryKind)
  kind!: CategoryKind;

  @Field(() => ID, { nullable: true, description: 'Parent category (same kind); omit for a root.' })
  @IsOptional()
  parentId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  description?: string;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  sortOrder: number = 0;
}

@InputType()
export class UpdateCategoryInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 80)
  name?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => ID, { nullable: true, description: 'Move under another category of the same kind.' })
  @OptionalNotNull()
  parentId?: string;

  @Field({ nullable: true, description: 'Make this a root category.' })
  @OptionalNotNull()
  makeRoot?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @Min(0)
  @Max(10_000)
  sortOrder?: number;

  @Field({ nullable: true, description: 'Restore an archived category.' })
  @OptionalNotNull()
  isActive?: boolean;
}
