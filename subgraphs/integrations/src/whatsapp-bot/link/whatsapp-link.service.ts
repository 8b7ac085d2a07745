import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, RateLimitedError, ServiceUnavailableError, ValidationError, isValidIndianMobile, requireUserId, requireVendorId, type RequestContext } from '@realserv/platform';
import type { WhatsAppCloudClient } from '@realserv/notifications/whatsapp';
import { WhatsAppLink } from './whatsapp-link.entity.js';
import { LINK_CODE_MAX_ATTEMPTS, LINK_CODE_TTL_MS, checkLinkCode, hashLinkCode, newLinkCode } from './link-code.js';

/** Meta template (category AUTHENTICATION) that carries the code; registered in WhatsApp Manager (docs/whatsapp-bot.md). */
export const LINK_CODE_TEMPLATE = 'realserv_link_code';

/** Whether the caller's vendor may use the bot: checked through the gateway as that user (bot.ts). */
export type VendorActiveCheck = (firebaseUid: string) => Promise<boolean>;

/** +91 and ten digits from what a vendor types (spaces, dashes, a leading 0 or 91). */
export function normaliseIndianPhone(input: string): string | null {
  const digits = input.replace(/[\s\-()]/g, '').replace(/^\+?91(?=\d{10}$)/, '').replace(/^0(?=\d{10}$)/, '');
  const phone = `+91${digits}`;
  return isValidIndianMobile(phone) ? phone : null;
}

/** Linking a vendor user's WhatsApp number: a code sent to the number, proven in the app or from the phone. */
export class WhatsAppLinkService {
  constructor(
    private readonly whatsapp: WhatsAppCloudClient,
    private readonly vendorActive: VendorActiveCheck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async request(ctx: RequestContext, phoneInput: string): Promise<WhatsAppLink> {
    const vendorId = requireVendorId(ctx);
    const userId = requireUserId(ctx);
    const phone = normaliseIndianPhone(phoneInput);
    if (!phone) throw new ValidationError('Give an Indian mobile number, e.g. +91 98xxxxxxxx.', { field: 'phone' });
    if (!(await this.vendorActive(ctx.caller!.firebaseUid))) throw new ConflictError('Only an ACTIVE vendor can link a WhatsApp number.', { reason: 'VENDOR_NOT_ACTIVE' });
    const em = ctx.em;
    const taken = await em.findOne(WhatsAppLink, { phone, linkedAt: { $ne: null }, userId: { $ne: userId } });
    if (taken) throw new ConflictError('This number is linked to another account.', { reason: 'PHONE_TAKEN' });
    const now = this.now();
    let link = await em.findOne(WhatsAppLink, { userId });
    // A new code every minute at most, so the number cannot be flooded.
    if (link?.codeExpiresAt && link.codeExpiresAt.getTime() - LINK_CODE_TTL_MS + 60_000 > now.getTime()) {
      throw new RateLimitedError('A code was sent less than a minute ago.', { retryAfterSeconds: 60 });
    }
    const code = newLinkCode();
    if (!link) link = em.create(WhatsAppLink, { userId, firebaseUid: ctx.caller!.firebaseUid, vendorId, phone, requestedAt: now });
    Object.assign(link, { firebaseUid: ctx.caller!.firebaseUid, vendorId, phone, linkedAt: null, codeHash: hashLinkCode(code), codeExpiresAt: new Date(now.getTime() + LINK_CODE_TTL_MS), attempts: 0, requestedAt: now });
    await em.flush();
    await this.sendCode(phone, code);
    return link;
  }

  private async sendCode(phone: string, code: string): Promise<void> {
    try {
      await this.whatsapp.send({
        messaging_product: 'whatsapp',
        to: phone.slice(1),
        type: 'template',
        template: {
          name: LINK_CODE_TEMPLATE,
          language: { code: 'en' },
          components: [
            { type: 'body', parameters: [{ type: 'text', text: code }] },
            { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
          ],
        },
      });
    } catch (error) {
      // Meta refused or did not answer: the vendor may ask again (the one-a-minute limit applies).
      throw new ServiceUnavailableError(`link code not sent: ${(error as Error).message}`, 'The code could not be sent on WhatsApp. Please try again in a minute.');
    }
  }

  /** From the app: the code the number received. */
  async confirm(ctx: RequestContext, code: string): Promise<WhatsAppLink> {
    const userId = requireUserId(ctx);
    requireVendorId(ctx);
    if (!/^\d{6}$/.test(code.trim())) throw new ValidationError('The code is 6 digits.', { field: 'code' });
    const link = await ctx.em.findOne(WhatsAppLink, { userId });
    if (!link) throw new ConflictError('Request a code first.', { reason: 'NO_PENDING_CODE' });
    return this.prove(ctx.em, link, code);
  }

  /** From the phone: "LINK 123456" sent by the number the code went to. Null when no code is pending for it. */
  async confirmFromPhone(em: EntityManager, phone: string, code: string): Promise<WhatsAppLink | null> {
    const link = await em.findOne(WhatsAppLink, { phone, linkedAt: null, codeHash: { $ne: null } }, { orderBy: { requestedAt: 'desc' } });
    if (!link) return null;
    try {
      return await this.prove(em, link, code);
    } catch (error) {
      if (error instanceof ValidationError || error instanceof ConflictError || error instanceof RateLimitedError) return null;
      throw error;
    }
  }

  private async prove(em: EntityManager, link: WhatsAppLink, code: string): Promise<WhatsAppLink> {
    const check = checkLinkCode(link, code, this.now());
    switch (check) {
      case 'NO_PENDING_CODE':
        throw new ConflictError('Request a code first.', { reason: 'NO_PENDING_CODE' });
      case 'TOO_MANY_ATTEMPTS':
        throw new RateLimitedError(`Too many wrong codes (${LINK_CODE_MAX_ATTEMPTS}): request a new one.`, { reason: 'TOO_MANY_ATTEMPTS' });
      case 'EXPIRED':
        throw new ValidationError('The code has expired: request a new one.', { reason: 'CODE_EXPIRED' });
      case 'WRONG_CODE':
        // Counted atomically, so parallel guesses cannot exceed the limit.
        await em.getConnection().execute('update whatsapp_links set attempts = attempts + 1 where user_id = ?', [link.userId], 'run', em.getTransactionContext());
        throw new ValidationError('Wrong code.', { reason: 'WRONG_CODE' });
      case 'OK':
        break;
    }
    const taken = await em.findOne(WhatsAppLink, { phone: link.phone, linkedAt: { $ne: null }, userId: { $ne: link.userId } });
    if (taken) throw new ConflictError('This number is linked to another account.', { reason: 'PHONE_TAKEN' });
    Object.assign(link, { linkedAt: this.now(), codeHash: null, codeExpiresAt: null, attempts: 0 });
    await em.flush();
    return link;
  }

  async mine(ctx: RequestContext): Promise<WhatsAppLink | null> {
    return ctx.em.findOne(WhatsAppLink, { userId: requireUserId(ctx) });
  }

  /** Takes effect at once: the next message from the number is an unknown number's. */
  async unlink(ctx: RequestContext): Promise<boolean> {
    const deleted = await ctx.em.nativeDelete(WhatsAppLink, { userId: requireUserId(ctx) });
    return deleted > 0;
  }

  /** The linked user of a number, or null. */
  linkedTo(em: EntityManager, phone: string): Promise<WhatsAppLink | null> {
    return em.findOne(WhatsAppLink, { phone, linkedAt: { $ne: null } });
  }
}
