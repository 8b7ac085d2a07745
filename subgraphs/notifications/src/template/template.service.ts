// TEMPORARY (core, until the templates branch merges): the templates helper REPLACES this file
// with the real NotificationTemplate-backed service. Only the class name and signatures below are
// the seam (docs: /work/notes/NOTIFICATIONS-SPEC.md); this stand-in renders IN_APP only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from '../notification/notification-kinds.js';

export interface RenderedMessage {
  templateId: string;
  templateVersion: number;
  language: 'en' | 'hi';
  subject: string | null;
  text: string;
  html: string | null;
  whatsapp: { templateName: string; language: 'en' | 'hi'; parameters: string[] } | null;
  dltTemplateId: string | null;
  masked: { subject: string | null; text: string };
}

const MASK = '••••••';

export class TemplateService {
  async render(
    _em: EntityManager,
    kind: NotificationKind,
    channel: NotificationChannel,
    _language: 'en' | 'hi',
    variables: Record<string, string>,
  ): Promise<RenderedMessage | null> {
    if (channel !== 'IN_APP') return null;
    const spec = NOTIFICATION_KINDS[kind] as { variables: readonly string[]; secret?: readonly string[] };
    const line = (mask: boolean) =>
      spec.variables.map((name) => `${name}: ${mask && spec.secret?.includes(name) ? MASK : (variables[name] ?? '')}`).join('\n');
    const subject = kind.replaceAll('_', ' ').toLowerCase();
    return {
      templateId: `builtin:${kind}:${channel}`,
      templateVersion: 0,
      language: 'en',
      subject,
      text: line(false),
      html: null,
      whatsapp: null,
      dltTemplateId: null,
      masked: { subject, text: line(true) },
    };
  }

  async channelsFor(_em: EntityManager, _kind: NotificationKind): Promise<NotificationChannel[]> {
    return ['IN_APP'];
  }
}
