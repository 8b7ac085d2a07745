import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { aloneOnTheStack } from '../harness/suite-lock.js';

aloneOnTheStack('Creates, edits and deactivates templates every notification of the stack renders with.');

const FIELDS = 'id kind channel language version active subject textBody htmlBody whatsappTemplateName whatsappParameterOrder dltTemplateId dltRegisteredText variables secretVariables createdBy';
const TEMPLATES = `query Templates($filter: NotificationTemplatesFilter, $page: PageInput) {
  notificationTemplates(filter: $filter, page: $page) { items { ${FIELDS} } pageInfo { totalCount } }
}`;
const CREATE = `mutation Create($input: CreateNotificationTemplateInput!) { createNotificationTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateNotificationTemplateInput!) { updateNotificationTemplate(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation Deactivate($id: ID!) { deactivateNotificationTemplate(id: $id) { id active version } }`;
const PREVIEW = `query Preview($kind: NotificationKind!, $channel: NotificationChannel!, $language: TemplateLanguage!, $variables: [TemplateVariableInput!]!) {
  previewTemplate(kind: $kind, channel: $channel, language: $language, variables: $variables) { templateId templateVersion language subject text html dltTemplateId whatsapp { templateName language parameters } masked { subject text } }
}`;

interface Template {
  id: string;
  kind: string;
  channel: string;
  language: string;
  version: number;
  active: boolean;
  subject: string | null;
  textBody: string;
  htmlBody: string | null;
  whatsappTemplateName: string | null;
  whatsappParameterOrder: string[] | null;
  dltTemplateId: string | null;
  dltRegisteredText: string | null;
  variables: string[];
  secretVariables: string[];
  createdBy: string | null;
}
interface Preview {
  templateId: string;
  templateVersion: number;
  language: string;
  subject: string | null;
  text: string;
  html: string | null;
  dltTemplateId: string | null;
  whatsapp: { templateName: string; language: string; parameters: string[] } | null;
  masked: { subject: string | null; text: string };
}

const vars = (values: Record<string, string>) => Object.entries(values).map(([name, value]) => ({ name, value }));
const OTP_VARIABLES = vars({ recipientName: 'Asha', orderNumber: 'RS-2026-000123', otp: '482913' });

describe('notification templates (admin)', () => {
  test('every kind starts with English and Hindi templates on its channels: the delivery OTP by SMS (DLT) and WhatsApp', async () => {
    const admin = await seededAdmin();
    const data = await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { kind: 'DELIVERY_OTP' }, page: { limit: 100 } });
    const byKey = new Map(data.notificationTemplates.items.map((t) => [`${t.channel}/${t.language}`, t]));
    expect([...byKey.keys()].sort()).toEqual(['SMS/EN', 'SMS/HI', 'WHATSAPP/EN', 'WHATSAPP/HI']);
    const sms = byKey.get('SMS/HI')!;
    expect(sms).toMatchObject({ active: true, version: 1, createdBy: null, secretVariables: ['otp'] });
    expect(sms.dltTemplateId).toMatch(/^\d{19}$/);
    expect(sms.textBody).toMatch(/[\u0900-\u097F]/);
    expect(sms.dltRegisteredText).toContain('{#var#}');
    expect(sms.dltRegisteredText).not.toContain('{{');
    expect(byKey.get('WHATSAPP/EN')).toMatchObject({ whatsappTemplateName: 'delivery_otp', whatsappParameterOrder: expect.arrayContaining(['otp']) });

    const vendorEmail = await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { kind: 'ORDER_PLACED_VENDOR', channel: 'EMAIL' } });
    expect(vendorEmail.notificationTemplates.items).toHaveLength(2);
    for (const t of vendorEmail.notificationTemplates.items) expect(t.htmlBody && t.subject && t.textBody).toBeTruthy();
  });

  test('preview renders without sending: the OTP in the message, masked in the stored copy, Hindi when asked', async () => {
    const admin = await seededAdmin();
    const sms = (await admin.ok<{ previewTemplate: Preview }>(PREVIEW, { kind: 'DELIVERY_OTP', channel: 'SMS', language: 'HI', variables: OTP_VARIABLES })).previewTemplate;
    expect(sms.language).toBe('HI');
    expect(sms.text).toContain('482913');
    expect(sms.text).toContain('RS-2026-000123');
    expect(sms.text).toMatch(/[\u0900-\u097F]/);
    expect(sms.masked.text).toContain('••••••');
    expect(sms.masked.text).not.toContain('482913');
    expect(sms.dltTemplateId).toMatch(/^\d{19}$/);

    const whatsapp = (await admin.ok<{ previewTemplate: Preview }>(PREVIEW, { kind: 'DELIVERY_OTP', channel: 'WHATSAPP', language: 'EN', variables: OTP_VARIABLES })).previewTemplate;
    expect(whatsapp.whatsapp).toEqual({ templateName: 'delivery_otp', language: 'EN', parameters: expect.arrayContaining(['Asha', 'RS-2026-000123', '482913']) });

    const email = (
      await admin.ok<{ previewTemplate: Preview }>(PREVIEW, {
        kind: 'ORDER_REJECTED', channel: 'EMAIL', language: 'EN', variables: vars({ recipientName: 'Asha', orderNumber: 'RS-1', vendorName: 'Tom & Sons', reason: '<script>x</script>' }),
      })
    ).previewTemplate;
    expect(email.html).toContain('Tom &amp; Sons');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('Tom & Sons');
  });

  test('preview refuses variables the kind does not have and templates missing a variable', async () => {
    const admin = await seededAdmin();
    const unknown = await admin.run(PREVIEW, { kind: 'ORDER_DELIVERED', channel: 'PUSH', language: 'EN', variables: vars({ recipientName: 'A', orderNumber: 'RS-1', otp: '1' }) });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ variable: 'otp' });
    const missing = await admin.run(PREVIEW, { kind: 'DELIVERY_OTP', channel: 'SMS', language: 'EN', variables: vars({ orderNumber: 'RS-1' }) });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ variable: 'otp' });
    // A channel the kind is not sent on has no template.
    expect(errorCodes(await admin.run(PREVIEW, { kind: 'DELIVERY_OTP', channel: 'EMAIL', language: 'EN', variables: OTP_VARIABLES }))).toEqual(['NOT_FOUND']);
  });

  test('saving refuses an unknown variable (named), an EMAIL without HTML and an SMS without a DLT id; nothing is written', async () => {
    const admin = await seededAdmin();
    const unknown = await admin.run(CREATE, {
      input: { kind: 'ORDER_DELIVERED', channel: 'SMS', language: 'EN', textBody: 'Order {{orderNumber}} delivered, OTP {{otp}}', dltTemplateId: '1107172100000000999' },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ field: 'textBody', variable: 'otp' });
    expect(unknown.errors?.[0]?.message).toContain('"otp"');

    const noDlt = await admin.run(CREATE, { input: { kind: 'ORDER_DELIVERED', channel: 'SMS', language: 'EN', textBody: 'Order {{orderNumber}} delivered - RealServ' } });
    expect(errorCodes(noDlt)).toEqual(['BAD_USER_INPUT']);
    expect(noDlt.errors?.[0]?.extensions).toMatchObject({ field: 'dltTemplateId' });

    const noHtml = await admin.run(CREATE, { input: { kind: 'KYC_APPROVED', channel: 'EMAIL', language: 'HI', subject: 'x', textBody: 'y' } });
    expect(errorCodes(noHtml)).toEqual(['BAD_USER_INPUT']);
    expect(noHtml.errors?.[0]?.extensions).toMatchObject({ field: 'htmlBody' });

    const noName = await admin.run(CREATE, { input: { kind: 'ORDER_DELIVERED', channel: 'WHATSAPP', language: 'EN', textBody: 'Order {{orderNumber}} delivered' } });
    expect(errorCodes(noName)).toEqual(['BAD_USER_INPUT']);

    const sms = await admin.ok<{ notificationTemplates: { pageInfo: { totalCount: number } } }>(TEMPLATES, { filter: { kind: 'ORDER_DELIVERED', channel: 'SMS', includeInactive: true } });
    expect(sms.notificationTemplates.pageInfo.totalCount).toBe(0);
    // An existing update is refused the same way and leaves the active version as it was.
    const email = (await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { kind: 'KYC_APPROVED', channel: 'EMAIL', language: 'EN' } })).notificationTemplates.items[0]!;
    const bad = await admin.run(UPDATE, { input: { id: email.id, subject: 'Approved {{reason}}' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'subject', variable: 'reason' });
    const after = (await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { kind: 'KYC_APPROVED', channel: 'EMAIL', language: 'EN' } })).notificationTemplates.items;
    expect(after.map((t) => [t.id, t.version])).toEqual([[email.id, email.version]]);
  });

  // SETTLEMENT_GENERATED has no PUSH template by default: this story owns that triple and leaves it inactive.
  test('an admin creates, versions, falls back to English and deactivates a template', async () => {
    const admin = await seededAdmin();
    const base = { kind: 'SETTLEMENT_GENERATED', channel: 'PUSH' };
    const settlementVars = vars({ recipientName: 'Ravi', amount: '₹12,345.00', periodLabel: '1–7 Dec 2026' });

    const v1 = (await admin.ok<{ createNotificationTemplate: Template }>(CREATE, { input: { ...base, language: 'EN', subject: 'Settlement {{periodLabel}}', textBody: '{{amount}} for {{periodLabel}}' } }))
      .createNotificationTemplate;
    expect(v1).toMatchObject({ version: 1, active: true, createdBy: admin.userId ?? expect.any(String) });
    expect(errorCodes(await admin.run(CREATE, { input: { ...base, language: 'EN', subject: 'x', textBody: 'y' } }))).toEqual(['CONFLICT']);

    // No Hindi version: a Hindi-speaking vendor gets the English one.
    const fallback = (await admin.ok<{ previewTemplate: Preview }>(PREVIEW, { ...base, language: 'HI', variables: settlementVars })).previewTemplate;
    expect(fallback).toMatchObject({ templateId: v1.id, templateVersion: 1, language: 'EN', subject: 'Settlement 1–7 Dec 2026', text: '₹12,345.00 for 1–7 Dec 2026' });

    const v2 = (await admin.ok<{ updateNotificationTemplate: Template }>(UPDATE, { input: { id: v1.id, textBody: 'Settlement of {{amount}} for {{periodLabel}} is ready' } })).updateNotificationTemplate;
    expect(v2).toMatchObject({ version: 2, active: true, subject: 'Settlement {{periodLabel}}', textBody: 'Settlement of {{amount}} for {{periodLabel}} is ready' });
    expect(v2.id).not.toBe(v1.id);
    // The old version stays as it was (notifications sent with it keep naming it), inactive.
    const history = (await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { ...base, language: 'EN', includeInactive: true } })).notificationTemplates.items;
    expect(history.map((t) => [t.version, t.active, t.textBody])).toEqual([
      [2, true, 'Settlement of {{amount}} for {{periodLabel}} is ready'],
      [1, false, '{{amount}} for {{periodLabel}}'],
    ]);
    // An edit based on the old version would overwrite someone's change: refused.
    expect(errorCodes(await admin.run(UPDATE, { input: { id: v1.id, textBody: 'stale edit {{amount}}' } }))).toEqual(['CONFLICT']);

    const hi = (await admin.ok<{ createNotificationTemplate: Template }>(CREATE, { input: { ...base, language: 'HI', subject: '{{periodLabel}} का सेटलमेंट', textBody: '{{amount}} का सेटलमेंट तैयार है' } }))
      .createNotificationTemplate;
    const hindi = (await admin.ok<{ previewTemplate: Preview }>(PREVIEW, { ...base, language: 'HI', variables: settlementVars })).previewTemplate;
    expect(hindi).toMatchObject({ templateId: hi.id, language: 'HI', text: '₹12,345.00 का सेटलमेंट तैयार है' });

    for (const id of [v2.id, hi.id]) {
      expect((await admin.ok<{ deactivateNotificationTemplate: { active: boolean } }>(DEACTIVATE, { id })).deactivateNotificationTemplate.active).toBe(false);
    }
    expect(errorCodes(await admin.run(PREVIEW, { ...base, language: 'EN', variables: settlementVars }))).toEqual(['NOT_FOUND']);
    // Deactivated, it can be written again as the next version.
    const v3 = (await admin.ok<{ createNotificationTemplate: Template }>(CREATE, { input: { ...base, language: 'EN', subject: 'S', textBody: '{{amount}}' } })).createNotificationTemplate;
    expect(v3.version).toBe(3);
    await admin.ok(DEACTIVATE, { id: v3.id });
  });

  test('buyers and vendors cannot read, write or preview templates; anonymous callers are UNAUTHENTICATED', async () => {
    const admin = await seededAdmin();
    const some = (await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { page: { limit: 1 } })).notificationTemplates.items[0]!;
    const operations: Array<[string, Record<string, unknown>]> = [
      [TEMPLATES, {}],
      [CREATE, { input: { kind: 'ORDER_DELIVERED', channel: 'PUSH', language: 'HI', subject: 'x', textBody: 'y' } }],
      [UPDATE, { input: { id: some.id, textBody: 'hijacked' } }],
      [DEACTIVATE, { id: some.id }],
      [PREVIEW, { kind: 'DELIVERY_OTP', channel: 'SMS', language: 'EN', variables: OTP_VARIABLES }],
    ];
    for (const actor of [await newBuyer(), await newVendorUser()]) {
      for (const [document, variables] of operations) expect(errorCodes(await actor.run(document, variables))).toEqual(['FORBIDDEN']);
    }
    for (const [document, variables] of operations) expect(errorCodes(await graphql(document, variables))).toEqual(['UNAUTHENTICATED']);
    const still = (await admin.ok<{ notificationTemplates: { items: Template[] } }>(TEMPLATES, { filter: { kind: some.kind, channel: some.channel, language: some.language } })).notificationTemplates.items;
    expect(still.map((t) => [t.id, t.textBody, t.active])).toEqual([[some.id, some.textBody, true]]);
  });
});
