import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { NotificationPreferenceInput, NotificationPreferenceSetting } from './preference.inputs.js';
import type { PreferenceService } from './preference.service.js';

const toSettings = (matrix: NotificationPreferenceSetting[]) => matrix.map((s) => Object.assign(new NotificationPreferenceSetting(), s));

@Resolver()
export class PreferenceResolver {
  constructor(private readonly preferences: PreferenceService) {}

  @Authorized()
  @Query(() => [NotificationPreferenceSetting], { description: 'The signed-in user’s notification settings: every channel × category, defaults included. Errors: FORBIDDEN until registered.' })
  async myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferenceSetting[]> {
    return toSettings(await this.preferences.mine(ctx));
  }

  @Authorized()
  @Mutation(() => [NotificationPreferenceSetting], {
    description:
      'Turns categories on or off per channel (all changes or none) and returns the whole matrix. Errors: BAD_USER_INPUT when DELIVERY_OTP or ACCOUNT would have every channel off, or a channel and category is given twice; FORBIDDEN until registered.',
  })
  async updateNotificationPreferences(
    @Arg('input', () => [NotificationPreferenceInput], { description: 'The changes; each channel and category at most once.' }) input: NotificationPreferenceInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreferenceSetting[]> {
    return toSettings(await this.preferences.update(ctx, input));
  }
}
