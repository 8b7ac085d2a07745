import 'reflect-metadata';
import { ArgsType, Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { INHERIT_MAX_AGE } from './cache-control.js';

@InputType({ description: 'Offset pagination: skip `offset` items, return at most `limit` (1–100).' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many matching items to skip; 0 or more (default 0).' })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20, description: 'How many items to return: 1 to 100 (default 20); more is refused with BAD_USER_INPUT.' })
  @Min(1)
  @Max(100)
  limit: number = 20;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, { nullable: true, description: 'Which page to read: offset and limit (default the first 20).' })
  page?: PageInput;
}

@ObjectType({ description: 'Where a page sits in the whole list: totals and the offset and limit it was read with.' })
@Directive('@shareable')
@Directive(INHERIT_MAX_AGE)
export class PageInfo {
  @Field(() => Int, { description: 'Items matching the filter, across all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: 'The offset this page was read from (as asked).' })
  offset!: number;

  @Field(() => Int, { description: 'The page size this page was read with (as asked).' })
  limit!: number;

  @Field({ description: 'True when more items follow: read on with offset + limit.' })
  hasNextPage!: boolean;
}

export interface Page<T> {
  items: T[];
  pageInfo: PageInfo;
}

/** The offset and limit a page argument asks for, with the defaults when it is omitted (first 20): spread into a query's options. */
export function pageWindow(page: Partial<PageInput> | null | undefined): { offset: number; limit: number } {
  return { offset: page?.offset ?? 0, limit: page?.limit ?? 20 };
}

export function toPage<T>(items: T[], totalCount: number, page: PageInput | undefined): Page<T> {
  const { offset, limit } = pageWindow(page);
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
    @Field(() => [itemType], { description: 'The items of this page, in the list’s order (at most `limit`).' })
    items!: T[];

    @Field(() => PageInfo, { description: 'Totals and position of this page, to read the next one.' })
    pageInfo!: PageInfo;
  }
  return PageClass;
}
