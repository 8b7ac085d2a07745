import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, isAdmin, type RequestContext } from '@realserv/platform';
import { activeChildrenByParentId, categoriesById } from '../catalog.loaders.js';
import { Category, CategoryKind } from './category.entity.js';
import { CreateCategoryInput, UpdateCategoryInput } from './category.inputs.js';
import type { CategoryService } from './category.service.js';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly categoryService: CategoryService) {}

  @Query(() => [Category], { description: 'Anyone: the root categories, in display order; walk `children` for the tree. Errors: FORBIDDEN when a non-admin asks for archived ones.' })
  categories(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => CategoryKind, { nullable: true, description: 'Only roots of this kind; both kinds when omitted.' }) kind?: CategoryKind,
    @Arg('includeArchived', { nullable: true, description: 'Admins only: include archived roots.' }) includeArchived?: boolean,
  ): Promise<Category[]> {
    if (includeArchived && !isAdmin(ctx)) throw new ForbiddenError('Only admins can list archived categories.');
    return this.categoryService.roots(ctx, kind, includeArchived === true);
  }

  @Query(() => Category, { nullable: true, description: 'Anyone: one category by id or by slug; null when there is none. Errors: BAD_USER_INPUT unless exactly one of id and slug is given.' })
  category(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'The category id (give this or slug).' }) id?: string,
    @Arg('slug', { nullable: true, description: 'The category slug, e.g. "tmt-bars" (give this or id).' }) slug?: string,
  ): Promise<Category | null> {
    return this.categoryService.find(ctx, id, slug);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'The parent category; null for a root.' })
  parent(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category | null> | null {
    return category.parentId ? ctx.loaders.get(categoriesById).load(category.parentId) : null;
  }

  @FieldResolver(() => [Category], { description: 'Active sub-categories, in display order.' })
  children(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return ctx.loaders.get(activeChildrenByParentId).load(category.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category, { description: 'Admins only: creates a category (a root, or under a parent of the same kind). Errors: CONFLICT when the slug is taken; BAD_USER_INPUT when the parent is missing, archived or of the other kind.' })
  createCategory(@Arg('input', { description: 'The new category.' }) input: CreateCategoryInput, @Ctx() ctx: RequestContext): Promise<Category> {
    return this.categoryService.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category, { description: 'Admins only: edits, moves or restores a category. Errors: NOT_FOUND; CONFLICT when the slug is taken; BAD_USER_INPUT for a move under itself or its own sub-category, or parentId with makeRoot.' })
  updateCategory(
    @Arg('id', () => ID, { description: 'The category to change.' }) id: string,
    @Arg('input', { description: 'The fields to change; omitted fields stay.' }) input: UpdateCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Category> {
    return this.categoryService.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Category, { description: 'Admins only: hides an empty category from browse. Errors: NOT_FOUND; CONFLICT while it has active sub-categories, materials or trades.' })
  archiveCategory(@Arg('id', () => ID, { description: 'The category to archive.' }) id: string, @Ctx() ctx: RequestContext): Promise<Category> {
    return this.categoryService.archive(ctx, id);
  }
}
