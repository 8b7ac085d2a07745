import { CompiledTemplate, MASK, TemplateProblem, assertValidTemplate, dltRegisteredText, templateVariables, type TemplateContent } from './template-rules.js';

const none: TemplateContent = { subject: null, textBody: '', htmlBody: null, whatsappTemplateName: null, whatsappParameterOrder: null, dltTemplateId: null };
const email = (parts: Partial<TemplateContent>): TemplateContent => ({
  ...none,
  subject: 'Order {{orderNumber}}',
  textBody: 'Hello {{recipientName}}',
  htmlBody: '<p>Hello {{recipientName}}</p>',
  ...parts,
});

function problemOf(run: () => unknown): TemplateProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateProblem) return error;
    throw error;
  }
  throw new Error('expected a TemplateProblem');
}

describe('template validation', () => {
  test('a variable the kind does not have is refused, naming it and the field', () => {
    const problem = problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'PUSH', { ...none, subject: 'Order {{orderNumber}}', textBody: 'Your OTP is {{otp}}' }));
    expect(problem).toMatchObject({ field: 'textBody', variable: 'otp' });
    expect(problem.message).toContain('"otp"');
    expect(problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({ htmlBody: '<p>{{#if amount}}{{amount}}{{/if}}</p>' })))).toMatchObject({ field: 'htmlBody', variable: 'amount' });
    expect(problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({ subject: '{{ bankReference }}' })))).toMatchObject({ field: 'subject', variable: 'bankReference' });
  });

  test('helpers, partials, paths and syntax errors are refused; if/unless on a variable are allowed', () => {
    for (const textBody of ['{{> header}}', '{{lookup this "x"}}', '{{#each items}}x{{/each}}', '{{../orderNumber}}', '{{@root.orderNumber}}', '{{this.orderNumber}}', '{{orderNumber', '{{#if}}x{{/if}}']) {
      expect(() => assertValidTemplate('ORDER_DELIVERED', 'IN_APP', { ...none, subject: 'Hi', textBody })).toThrow(TemplateProblem);
    }
    expect(() => assertValidTemplate('ORDER_REJECTED', 'IN_APP', { ...none, subject: 'Hi', textBody: 'Rejected{{#if reason}}: {{reason}}{{else}}.{{/if}} {{#unless vendorName}}-{{/unless}}' })).not.toThrow();
  });

  test('each channel needs its parts and refuses the others', () => {
    expect(problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({ htmlBody: null }))).field).toBe('htmlBody');
    expect(problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({ subject: ' ' }))).field).toBe('subject');
    expect(problemOf(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({ textBody: '' }))).field).toBe('textBody');
    expect(() => assertValidTemplate('ORDER_CONFIRMED', 'EMAIL', email({}))).not.toThrow();

    const sms = { ...none, textBody: '{{otp}} is your OTP for {{orderNumber}} - RealServ', dltTemplateId: '1107172100000000101' };
    expect(() => assertValidTemplate('DELIVERY_OTP', 'SMS', sms)).not.toThrow();
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'SMS', { ...sms, dltTemplateId: null })).field).toBe('dltTemplateId');
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'SMS', { ...sms, dltTemplateId: '12345' })).field).toBe('dltTemplateId');
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'SMS', { ...sms, subject: 'OTP' })).field).toBe('subject');
    // DLT registers fixed text: no conditional parts in an SMS.
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'SMS', { ...sms, textBody: '{{#if otp}}{{otp}}{{/if}}' })).field).toBe('textBody');

    const whatsapp = { ...none, textBody: 'Hi {{recipientName}}, OTP {{otp}}', whatsappTemplateName: 'delivery_otp', whatsappParameterOrder: ['recipientName', 'otp'] };
    expect(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', whatsapp)).not.toThrow();
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', { ...whatsapp, whatsappTemplateName: null })).field).toBe('whatsappTemplateName');
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', { ...whatsapp, whatsappTemplateName: 'Delivery OTP' })).field).toBe('whatsappTemplateName');
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', { ...whatsapp, whatsappParameterOrder: [] })).field).toBe('whatsappParameterOrder');
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', { ...whatsapp, whatsappParameterOrder: ['otp', 'amount'] }))).toMatchObject({ field: 'whatsappParameterOrder', variable: 'amount' });
    expect(problemOf(() => assertValidTemplate('DELIVERY_OTP', 'WHATSAPP', { ...whatsapp, whatsappParameterOrder: ['otp', 'otp'] }))).toMatchObject({ variable: 'otp' });
    expect(problemOf(() => assertValidTemplate('ORDER_DELIVERED', 'PUSH', { ...none, textBody: 'Delivered' })).field).toBe('subject');
    expect(problemOf(() => assertValidTemplate('ORDER_DELIVERED', 'PUSH', { ...none, subject: 'x', textBody: 'y', htmlBody: '<p>y</p>' })).field).toBe('htmlBody');
  });

  test('variables come in order of first appearance; the DLT text has a {#var#} slot for each', () => {
    expect(templateVariables('{{b}} {{a}} {{#if c}}{{b}}{{/if}}', 'textBody')).toEqual(['b', 'a', 'c']);
    expect(dltRegisteredText('{{otp}} is your OTP for order {{orderNumber}}. - RealServ')).toBe('{#var#} is your OTP for order {#var#}. - RealServ');
  });
});

describe('rendering', () => {
  test('HTML is escaped in the HTML body only; text parts keep the characters as they are', () => {
    const template = new CompiledTemplate('ORDER_REJECTED', email({ subject: '{{reason}}', textBody: 'Reason: {{reason}}', htmlBody: '<p>Reason: {{reason}}</p>' }));
    const rendered = template.render({ recipientName: 'A', orderNumber: 'RS-1', vendorName: 'V', reason: '<b>Tom & Jerry</b>' });
    expect(rendered.html).toBe('<p>Reason: &lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>');
    expect(rendered.text).toBe('Reason: <b>Tom & Jerry</b>');
    expect(rendered.subject).toBe('<b>Tom & Jerry</b>');
  });

  test('a missing variable is refused by name (strict), not rendered empty', () => {
    const template = new CompiledTemplate('ORDER_CONFIRMED', email({}));
    expect(() => template.render({ orderNumber: 'RS-1' })).toThrow(/"recipientName" is missing/);
  });

  test('secrets are masked in the masked copy only; WhatsApp parameters follow the parameter order', () => {
    const template = new CompiledTemplate('DELIVERY_OTP', {
      ...none,
      textBody: 'Hi {{recipientName}}, OTP for {{orderNumber}} is {{otp}}',
      whatsappTemplateName: 'delivery_otp',
      whatsappParameterOrder: ['recipientName', 'orderNumber', 'otp'],
    });
    const rendered = template.render({ recipientName: 'Asha', orderNumber: 'RS-9', otp: '482913' });
    expect(rendered.text).toBe('Hi Asha, OTP for RS-9 is 482913');
    expect(rendered.whatsappParameters).toEqual(['Asha', 'RS-9', '482913']);
    expect(rendered.masked.text).toBe(`Hi Asha, OTP for RS-9 is ${MASK}`);
    expect(rendered.masked.text).not.toContain('482913');
  });

  test('values other than the kind’s variables never reach the template', () => {
    const template = new CompiledTemplate('ORDER_DELIVERED', { ...none, subject: 'x', textBody: '{{#if otp}}leak{{/if}}{{orderNumber}}' });
    // The template cannot be saved (otp is not ORDER_DELIVERED's) but even compiled it sees no otp.
    expect(template.render({ orderNumber: 'RS-2', otp: '123456' }).text).toBe('RS-2');
  });
});
