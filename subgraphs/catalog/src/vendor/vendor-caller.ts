import type { RequestContext } from '@realserv/platform';

export function isVendor(ctx: RequestContext, vendorId: string): boolean {
  return ctx.caller?.vendorId === vendorId && ctx.caller.roles.includes('VENDOR');
}
