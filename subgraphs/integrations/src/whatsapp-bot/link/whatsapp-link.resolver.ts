import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ServiceUnavailableError, type RequestContext } from '@realserv/platform';
import { WhatsAppLink } from './whatsapp-link.entity.js';
import type { WhatsAppLinkService } from './whatsapp-link.service.js';

@Resolver(() => WhatsAppLink)
export class WhatsAppLinkResolver {
  constructor(private readonly service: WhatsAppLinkService | null) {}

  /** The bot is off where WhatsApp is not configured (integrations' WHATSAPP_* settings). */
  private get links(): WhatsAppLinkService {
    if (!this.service) throw new ServiceUnavailableError('WhatsApp bot not configured', 'The WhatsApp bot is not available here.');
    return this.service;
  }

  @Authorized('VENDOR')
  @Mutation(() => WhatsAppLink, {
    description:
      'Vendor users of an ACTIVE vendor: sends a 6-digit code (valid 10 minutes) to the number on WhatsApp; prove it with confirmWhatsAppLink, or by sending "LINK <code>" from that phone. Replaces a pending or linked number. Errors: BAD_USER_INPUT for a number that is not an Indian mobile; CONFLICT (reason VENDOR_NOT_ACTIVE, PHONE_TAKEN); RATE_LIMITED within a minute of the last code.',
  })
  requestWhatsAppLink(@Arg('phone', { description: 'Indian mobile number, e.g. +91 98765 43210.' }) phone: string, @Ctx() ctx: RequestContext): Promise<WhatsAppLink> {
    return this.links.request(ctx, phone);
  }

  @Authorized('VENDOR')
  @Mutation(() => WhatsAppLink, {
    description:
      'Vendor users: links the number the code went to. Errors: BAD_USER_INPUT (reason WRONG_CODE, CODE_EXPIRED); RATE_LIMITED (reason TOO_MANY_ATTEMPTS) after 5 wrong codes; CONFLICT (reason NO_PENDING_CODE, PHONE_TAKEN).',
  })
  confirmWhatsAppLink(@Arg('code', { description: 'The 6 digits received on WhatsApp.' }) code: string, @Ctx() ctx: RequestContext): Promise<WhatsAppLink> {
    return this.links.confirm(ctx, code);
  }

  @Authorized('VENDOR')
  @Query(() => WhatsAppLink, { nullable: true, description: 'Vendor users: their WhatsApp number (linked or pending), or null.' })
  myWhatsAppLink(@Ctx() ctx: RequestContext): Promise<WhatsAppLink | null> {
    return this.links.mine(ctx);
  }

  @Authorized('VENDOR')
  @Mutation(() => Boolean, { description: 'Vendor users: unlinks their number at once (false when none was linked or pending).' })
  unlinkWhatsAppNumber(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.links.unlink(ctx);
  }
}
