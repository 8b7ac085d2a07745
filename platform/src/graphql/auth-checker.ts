import type { AuthChecker } from 'type-graphql';
import type { Role } from '../caller.js';
import type { RequestContext } from '../context.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/**
 * `@Authorized()` means "signed in"; `@Authorized('ADMIN')` means "has one of these roles".
 * Ownership (a buyer's own address) is the service's job, not this checker's.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const caller = context.caller;
  if (!caller) throw new UnauthenticatedError();
  if (roles.length === 0 || roles.some((role) => caller.roles.includes(role))) return true;
  throw new ForbiddenError();
};
