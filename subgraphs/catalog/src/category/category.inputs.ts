import { OptionalNotNull } from '@realserv/platform';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CategoryKind } from './category.entity.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'slug must be lowercase letters and digits joined by single hyphens';

@InputType({ description: 'A new catalog category.' })
export class CreateCategoryInput {
  @Field({ description: 'Display name, 2–80 characters.' })
  @Length(2, 80)
  name!: string;

  @Field({ description: 'URL-safe unique name, 2–80 lowercase letters and digits joined by single hyphens, e.g. "tmt-bars".' })
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field(() => CategoryKind, { description: 'MATERIAL or LABOUR; must match the parent’s kind.' })
  kind!: CategoryKind;

  @Field(() => ID, { nullable: true, description: 'Parent category (same kind); omit for a root.' })
  @IsOptional()
  parentId?: string;

  @Field({ nullable: true, description: 'Longer text, up to 1,000 characters.' })
  @IsOptional()
  @Length(0, 1000)
  description?: string;

  @Field(() => Int, { defaultValue: 0, description: 'Display position among its siblings, 0–10,000 (default 0).' })
  @Min(0)
  @Max(10_000)
  sortOrder: number = 0;
}

@InputType({ description: 'Changes to a category; omitted fields stay as they are.' })
export class UpdateCategoryInput {
  @Field({ nullable: true, description: 'Display name, 2–80 characters.' })
  @OptionalNotNull()
  @Length(2, 80)
  name?: string;

  @Field({ nullable: true, description: 'New unique slug, 2–80 lowercase letters and digits joined by single hyphens.' })
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

  @Field({ nullable: true, description: 'Longer text, up to 1,000 characters.' })
  @IsOptional()
  @Length(0, 1000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Display position among its siblings, 0–10,000.' })
  @OptionalNotNull()
  @Min(0)
  @Max(10_000)
  sortOrder?: number;

  @Field({ nullable: true, description: 'Restore an archived category.' })
  @OptionalNotNull()
  isActive?: boolean;
}
