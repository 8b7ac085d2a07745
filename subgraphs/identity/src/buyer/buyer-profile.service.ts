import { ForbiddenError, ValidationError, isValidGstin, type RequestContext } from '@realserv/platform';
import { BuyerProfile } from './buyer-profile.entity.js';
import { UserType } from '../user/user.entity.js';
import type { UserService } from '../user/user.service.js';
import type { UpdateBuyerProfileInput } from './buyer-profile.inputs.js';

export class BuyerProfileService {
  constructor(private readonly users: UserService) {}

  async update(ctx: RequestContext, input: UpdateBuyerProfileInput): Promise<BuyerProfile> {
    const user = await this.users.requireCurrent(ctx);
    if (user.type !== UserType.BUYER) throw new ForbiddenError('Only buyers have a buyer profile.');
    if (input.gstin && !isValidGstin(input.gstin)) {
      throw new ValidationError('gstin is not a valid GSTIN (format or check digit).', { field: 'gstin' });
    }
    const profile =
      (await ctx.em.findOne(BuyerProfile, { userId: user.id })) ?? ctx.em.create(BuyerProfile, { userId: user.id });
    if (input.companyName !== undefined) profile.companyName = input.companyName?.trim() || null; // null or '' clears it
    if (input.gstin !== undefined) profile.gstin = input.gstin ? input.gstin.toUpperCase() : null;
    await ctx.em.flush();
    return profile;
  }
}
