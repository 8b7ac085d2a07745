/**
 * Reply buttons a WhatsApp session message carries (inside the 24-hour window; outside it the
 * approved template carries its own quick replies). A button's id is the command text the vendor
 * bot reads (docs/whatsapp-bot.md, "Button convention"), so a tap acts like the typed command.
 */
import type { NotificationKind } from './notification-kinds.js';

export interface ReplyButton {
  /** What the tap sends back (≤ 256 characters). */
  id: string;
  /** What the button shows (≤ 20 characters). */
  title: string;
}

const TITLES: Record<'en' | 'hi', { confirm: string; reject: string }> = {
  en: { confirm: 'Confirm', reject: 'Reject' },
  hi: { confirm: 'स्वीकार करें', reject: 'अस्वीकार करें' },
};

/** The buttons of a kind's session message, or null when it has none. */
export function replyButtonsFor(kind: NotificationKind, language: string, variables: Record<string, string>): ReplyButton[] | null {
  if (kind !== 'ORDER_PLACED_VENDOR' || !variables.orderNumber) return null;
  const titles = TITLES[language === 'hi' ? 'hi' : 'en'];
  return [
    { id: `confirm ${variables.orderNumber}`, title: titles.confirm },
    { id: `reject ${variables.orderNumber}`, title: titles.reject },
  ];
}
