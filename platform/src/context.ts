import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Caller, Role } from './caller.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** A DataLoader factory; the registry creates each one at most once per request. */
export type LoaderFactory<K, V> = (ctx: RequestContext) => DataLoader<K, V>;

export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(private readonly ctx: () => RequestContext) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.ctx()) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Everything a resolver may use for one request: the caller, one EntityManager fork, loaders. */
export interface RequestContext {
  caller: Caller | null;
  requestId: string;
  log: Logger;
  em: EntityManager;
  loaders: LoaderRegistry;
}

export function createRequestContext(parts: Omit<RequestContext, 'loaders'>): RequestContext {
  const ctx = { ...parts } as RequestContext;
  ctx.loaders = new LoaderRegistry(() => ctx);
  return ctx;
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireCaller(ctx: Pick<RequestContext, 'caller'>): Caller {
  if (!ctx.caller) throw new UnauthenticatedError();
  return ctx.caller;
}

/** The caller's RealServ user id; callers who have not registered yet get FORBIDDEN. */
export function requireUserId(ctx: Pick<RequestContext, 'caller'>): string {
  const caller = requireCaller(ctx);
  if (!caller.userId) throw new ForbiddenError('Register before doing this.');
  return caller.userId;
}

/** The vendor a VENDOR caller acts for (the `vendorId` claim from onboarding); FORBIDDEN before onboarding. */
export function requireVendorId(ctx: Pick<RequestContext, 'caller'>): string {
  const caller = requireRole(ctx, 'VENDOR');
  if (!caller.vendorId) throw new ForbiddenError('Finish vendor onboarding first.');
  return caller.vendorId;
}

export function requireRole(ctx: Pick<RequestContext, 'caller'>, ...roles: Role[]): Caller {
  const caller = requireCaller(ctx);
  if (!roles.some((r) => caller.roles.includes(r))) throw new ForbiddenError();
  return caller;
}

export function isAdmin(ctx: Pick<RequestContext, 'caller'>): boolean {
  return ctx.caller?.roles.includes('ADMIN') ?? false;
}
