import { ForbiddenError, requireRole, type RequestContext } from '@realserv/platform';

/** The vendor the caller acts for (`vendorId` claim); vendor writes never take a vendor id argument. */
export function requireVendorId(ctx: RequestContext): string {
  const caller = requireRole(ctx, 'VENDOR');
  if (!caller.vendorId) throw new ForbiddenError('Finish vendor onboarding before managing inventory.');
  return caller.vendorId;
}

export function isVendor(ctx: RequestContext, vendorId: string): boolean {
  return ctx.caller?.vendorId === vendorId && ctx.caller.roles.includes('VENDOR');
}
