import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, isAdmin, type RequestContext } from '@realserv/platform';
import { activeChildrenByParentId, categoriesById } from '../catalog.loaders.js';
import { Category, CategoryKind } from './category.entity.js';
import { CreateCategoryInput, UpdateCategoryInput } from './category.inputs.js';
import type { CategoryService } from './category.service.js';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly categoryService: CategoryService) {}

  @Query(() => [Category], { description: 'Root categories; walk `children` for the tree.' })
  categories(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => CategoryKind, { nullable: true }) kind?: CategoryKind,
    @Arg('includeArchived', { nullable: true, description: 'Admins only.' }) includeArchived?: boolean,
  ): Promise<Category[]> {
    if (includeArchived && !isAdmin(ctx)) throw new ForbiddenError('Only admins can list archived categories.');
    return this.categoryService.roots(ctx, kind, includeArchived === true);
  }

  @Query(() => Category, { nullable: true, description: 'One category by id or by slug.' })
  category(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('slug', { nullable: true }) slug?: string,
  ): Promise<Category | null> {
    return this.categoryService.find(ctx, id, slug);
  }

  @FieldResolver(() => Category, { nullable: true })
  parent(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category | null> | null {
    return category.parentId ? ctx.loaders.get(categoriesById).load(category.parentId) : null;
  }

  @FieldResolver(() => [Category], { description: 'Active sub-categories, in display order.' })
  children(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return ctx.loaders.get(activeChildrenByParentId).load(category.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category)
  createCategory(@Arg('input') input: CreateCategoryInput, @Ctx() ctx: RequestContext): Promise<Category> {
    return this.categoryService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category)
  updateCategory(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Category> {
    return this.categoryService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category, { description: 'Hides an empty category from browse.' })
  archiveCategory(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Category> {
    return this.categoryService.archive(ctx, id);
  }
}
