import 'reflect-metadata';
import { ArgsType, Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';

@InputType({ description: 'Offset pagination. `limit` is capped at 100.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  limit: number = 20;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, { nullable: true })
  page?: PageInput;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Int, { description: 'Items matching the filter, across all pages.' })
  totalCount!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;

  @Field()
  hasNextPage!: boolean;
}

export interface Page<T> {
  items: T[];
  pageInfo: PageInfo;
}

export function toPage<T>(items: T[], totalCount: number, page: PageInput | undefined): Page<T> {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? 20;
  const pageInfo = new PageInfo();
  pageInfo.totalCount = totalCount;
  pageInfo.offset = offset;
  pageInfo.limit = limit;
  pageInfo.hasNextPage = offset + items.length < totalCount;
  return { items, pageInfo };
}

/** `Paginated(User)` makes a `UserPage { items: [User!]!, pageInfo: PageInfo! }` type. */
export function Paginated<T extends object>(itemType: ClassType<T>, name = `${itemType.name}Page`) {
  @ObjectType(name)
  abstract class PageClass {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return PageClass;
}
