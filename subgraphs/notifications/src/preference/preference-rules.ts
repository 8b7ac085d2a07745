import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  SECURITY_CATEGORIES,
  type NotificationCategory,
  type NotificationChannel,
} from '../notification/notification-kinds.js';

/** One cell of a user's matrix: may this channel carry this category? */
export interface PreferenceSetting {
  channel: NotificationChannel;
  category: NotificationCategory;
  enabled: boolean;
}

/** Until a user says otherwise everything is on except promotions (opt-in, as TRAI's and Meta's rules on promotional messages expect). */
export function enabledByDefault(category: NotificationCategory): boolean {
  return category !== 'PROMOTIONS';
}

/** The full channel × category matrix: what the user chose, defaults for the rest. */
export function preferenceMatrix(stored: readonly PreferenceSetting[]): Array<PreferenceSetting & { isDefault: boolean }> {
  const chosen = new Map(stored.map((s) => [`${s.channel}/${s.category}`, s.enabled]));
  return NOTIFICATION_CATEGORIES.flatMap((category) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const value = chosen.get(`${channel}/${category}`);
      return { channel, category, enabled: value ?? enabledByDefault(category), isDefault: value === undefined };
    }),
  );
}

/**
 * Why the matrix may not be saved, or null: every channel off for a security category (the
 * delivery OTP, account decisions) would leave the user unable to receive it.
 */
export function securityProblem(matrix: readonly PreferenceSetting[]): NotificationCategory | null {
  return SECURITY_CATEGORIES.find((category) => !matrix.some((s) => s.category === category && s.enabled)) ?? null;
}

/**
 * Of `channels`, those the user allows for the category. A security message is never dropped:
 * when the user's choices leave none of the channels it is sent on (e.g. only EMAIL on for the
 * delivery OTP, which goes by SMS and WhatsApp), it goes on all of them.
 */
export function allowedChannels(
  matrix: readonly PreferenceSetting[],
  category: NotificationCategory,
  channels: readonly NotificationChannel[],
): NotificationChannel[] {
  const allowed = channels.filter((channel) => matrix.some((s) => s.channel === channel && s.category === category && s.enabled));
  return allowed.length === 0 && SECURITY_CATEGORIES.includes(category) ? [...channels] : allowed;
}
