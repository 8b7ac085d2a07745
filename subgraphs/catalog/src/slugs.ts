import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '@realserv/platform';

/** Slugs are unique per table: a friendly CONFLICT first, the unique index as the backstop. */
export async function assertSlugFree(em: EntityManager, entity: new () => object, slug: string): Promise<void> {
  if (await em.count(entity as never, { slug } as never)) {
    throw new ConflictError(`The slug "${slug}" is taken.`, { field: 'slug' });
  }
}

/** A concurrent insert that won the race on the unique slug index. */
export function rethrowSlugConflict(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) throw new ConflictError('The slug is taken.', { field: 'slug' });
  throw error;
}
