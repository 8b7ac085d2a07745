import { NOTIFICATION_KINDS, type NotificationKind } from '../notification/notification-kinds.js';
import { DEFAULT_CHANNELS, defaultTemplates } from './default-templates.js';
import { CompiledTemplate, MASK, assertValidTemplate, kindVariables } from './template-rules.js';

const DEVANAGARI = /[\u0900-\u097F]/;
const templates = defaultTemplates();
const sample = (kind: NotificationKind) => Object.fromEntries(kindVariables(kind).map((name) => [name, `«${name}»`]));

describe('the default templates', () => {
  test('cover every kind on its channels in English and Hindi, once each', () => {
    const keys = templates.map((t) => `${t.kind}/${t.channel}/${t.language}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of Object.keys(NOTIFICATION_KINDS) as NotificationKind[]) {
      expect(DEFAULT_CHANNELS[kind].length).toBeGreaterThan(0);
      for (const channel of DEFAULT_CHANNELS[kind]) {
        for (const language of ['en', 'hi']) expect(keys).toContain(`${kind}/${channel}/${language}`);
      }
    }
  });

  test('the channel matrix sends what each scenario needs', () => {
    expect(DEFAULT_CHANNELS.DELIVERY_OTP).toEqual(expect.arrayContaining(['SMS', 'WHATSAPP']));
    expect(DEFAULT_CHANNELS.ORDER_PLACED_VENDOR).toEqual(expect.arrayContaining(['WHATSAPP', 'PUSH', 'IN_APP', 'EMAIL']));
    expect(DEFAULT_CHANNELS.PAYMENT_RECEIVED_VENDOR).toEqual(expect.arrayContaining(['WHATSAPP', 'EMAIL', 'IN_APP']));
    expect(DEFAULT_CHANNELS.SETTLEMENT_PAID).toEqual(expect.arrayContaining(['WHATSAPP', 'EMAIL', 'IN_APP']));
  });

  test.each(templates.map((t) => [`${t.kind} ${t.channel} ${t.language}`, t] as const))('%s passes the same validation as an admin’s', (_name, template) => {
    expect(() => assertValidTemplate(template.kind, template.channel, template)).not.toThrow();
  });

  test('Hindi templates are written in Devanagari, English ones are not', () => {
    for (const t of templates) expect(DEVANAGARI.test(t.textBody)).toBe(t.language === 'hi');
  });

  test('every template renders with its kind’s variables; email has HTML and text; secrets are masked', () => {
    for (const t of templates) {
      const rendered = new CompiledTemplate(t.kind, t).render(sample(t.kind));
      expect(rendered.text).not.toMatch(/{{|}}/);
      if (t.channel === 'EMAIL') {
        expect(rendered.html).toContain(`<html lang="${t.language}">`);
        expect(rendered.html).toContain('«recipientName»');
        expect(rendered.text).toContain('«recipientName»');
      }
      if (t.kind === 'DELIVERY_OTP') {
        expect(rendered.text).toContain('«otp»');
        expect(rendered.masked.text).toContain(MASK);
        expect(rendered.masked.text).not.toContain('«otp»');
      }
    }
  });

  test('SMS carry a DLT id, WhatsApp a template name and every variable of their text as parameters', () => {
    for (const t of templates.filter((t) => t.channel === 'SMS')) expect(t.dltTemplateId).toMatch(/^\d{19}$/);
    for (const t of templates.filter((t) => t.channel === 'WHATSAPP')) {
      expect(t.whatsappTemplateName).toBe(t.kind.toLowerCase());
      const rendered = new CompiledTemplate(t.kind, t).render(sample(t.kind));
      for (const parameter of rendered.whatsappParameters!) expect(rendered.text).toContain(parameter);
    }
  });
});
