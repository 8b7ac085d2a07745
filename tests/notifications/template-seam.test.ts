import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, createRequestContext } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { NotificationTemplate } from '../../subgraphs/notifications/src/template/notification-template.entity.js';
import { ACTIVE_TEMPLATES_TTL_MS, TemplateService } from '../../subgraphs/notifications/src/template/template.service.js';
import { DEFAULT_CHANNELS, defaultTemplates } from '../../subgraphs/notifications/src/template/default-templates.js';
import { NotificationPreference } from '../../subgraphs/notifications/src/preference/notification-preference.entity.js';
import { PreferenceService } from '../../subgraphs/notifications/src/preference/preference.service.js';
import { PushDevice } from '../../subgraphs/notifications/src/device/push-device.entity.js';
import { PushDeviceService } from '../../subgraphs/notifications/src/device/push-device.service.js';

/**
 * The services core's dispatcher calls (the seam in NOTIFICATIONS-SPEC.md), on a database of their
 * own: defaults seeded once, rendering with language fallback and masking, versions kept,
 * preferences and push tokens as the sender sees them.
 */
const log = createLogger('template-seam-test', 'silent');
const admin = { userId: randomUUID(), firebaseUid: 'admin', roles: ['ADMIN'], vendorId: null } as never;

describe('the templates seam', () => {
  let orm: MikroORM;
  const templates = new TemplateService();
  const ctx = () => createRequestContext({ caller: admin, requestId: randomUUID(), log, em: orm.em.fork() });

  beforeAll(async () => {
    orm = await scratchOrm([NotificationTemplate, NotificationPreference, PushDevice] as never);
    // Two processes starting together: the defaults go in once.
    const seeded = await Promise.all([templates.ensureDefaults(orm.em.fork()), templates.ensureDefaults(orm.em.fork())]);
    expect(seeded.some((n) => n === defaultTemplates().length)).toBe(true);
  });
  afterAll(() => orm?.close(true));

  test('the defaults are seeded once and an admin’s deactivation survives the next start', async () => {
    expect(await orm.em.fork().count(NotificationTemplate, {})).toBe(defaultTemplates().length);
    const em = orm.em.fork();
    const hindiPush = await em.findOneOrFail(NotificationTemplate, { kind: 'ORDER_CONFIRMED', channel: 'PUSH', language: 'hi' });
    await templates.deactivate(ctx(), hindiPush.id);
    expect(await templates.ensureDefaults(orm.em.fork())).toBe(0);
    expect(await orm.em.fork().count(NotificationTemplate, { kind: 'ORDER_CONFIRMED', channel: 'PUSH', language: 'hi', active: true })).toBe(0);
    // Hindi deactivated: a Hindi speaker gets the English push.
    const rendered = await templates.render(orm.em.fork(), 'ORDER_CONFIRMED', 'PUSH', 'hi', { recipientName: 'Asha', orderNumber: 'RS-7', vendorName: 'Sharma Traders' });
    expect(rendered).toMatchObject({ language: 'en', subject: 'Order RS-7 confirmed' });
  });

  test('channelsFor is the channel matrix, and the same EntityManager then renders full templates', async () => {
    const em = orm.em.fork();
    expect((await templates.channelsFor(em, 'DELIVERY_OTP')).sort()).toEqual([...DEFAULT_CHANNELS.DELIVERY_OTP].sort());
    expect((await templates.channelsFor(em, 'ORDER_PLACED_VENDOR')).sort()).toEqual([...DEFAULT_CHANNELS.ORDER_PLACED_VENDOR].sort());
    const variables = { recipientName: 'Asha', orderNumber: 'RS-9', otp: '482913' };
    const sms = await templates.render(em, 'DELIVERY_OTP', 'SMS', 'hi', variables);
    expect(sms).toMatchObject({ language: 'hi', html: null, whatsapp: null, dltTemplateId: expect.stringMatching(/^\d{19}$/) });
    expect(sms!.text).toContain('482913');
    expect(sms!.masked.text).toContain('••••••');
    expect(sms!.masked.text).not.toContain('482913');
    const whatsapp = await templates.render(em, 'DELIVERY_OTP', 'WHATSAPP', 'en', variables);
    expect(whatsapp!.whatsapp).toEqual({ templateName: 'delivery_otp', language: 'en', parameters: ['Asha', 'RS-9', '482913'] });
    expect(await templates.render(em, 'DELIVERY_OTP', 'EMAIL', 'en', variables)).toBeNull();
  });

  test('an update makes the next version; the version a notification was sent with stays as it was', async () => {
    const em = orm.em.fork();
    const vars = { recipientName: 'Ravi', amount: '₹1,000.00', bankReference: 'UTR123' };
    const before = (await templates.render(em, 'SETTLEMENT_PAID', 'IN_APP', 'en', vars))!;
    const next = await templates.update(ctx(), { id: before.templateId, textBody: 'Paid {{amount}} (ref {{bankReference}})' });
    const after = (await templates.render(orm.em.fork(), 'SETTLEMENT_PAID', 'IN_APP', 'en', vars))!;
    expect(after).toMatchObject({ templateId: next.id, templateVersion: before.templateVersion + 1, text: 'Paid ₹1,000.00 (ref UTR123)' });
    const old = await orm.em.fork().findOneOrFail(NotificationTemplate, { id: before.templateId });
    expect(old).toMatchObject({ active: false, version: before.templateVersion });
    expect(old.textBody).toContain('{{bankReference}}');
    expect(old.textBody).not.toContain('Paid {{amount}} (ref');
    // A notification queued with the old version is sent with it.
    expect(await templates.renderVersion(orm.em.fork(), before.templateId, vars)).toMatchObject({ templateId: before.templateId, text: before.text });
    expect(await templates.renderVersion(orm.em.fork(), randomUUID(), vars)).toBeNull();
  });

  test('the active templates are cached per process: dropped on this process’s writes, another replica’s write seen after the TTL', async () => {
    let clock = 1_000_000;
    const replica = new TemplateService(ACTIVE_TEMPLATES_TTL_MS, () => clock);
    const vars = { recipientName: 'Ravi', vendorName: 'Sharma Traders' };
    const before = (await replica.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'en', vars))!;
    // Written through `templates` (another process for `replica`): `templates` uses it at once.
    const next = await templates.update(ctx(), { id: before.templateId, textBody: 'Verified: {{vendorName}}' });
    expect(await templates.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'en', vars)).toMatchObject({ templateId: next.id, text: 'Verified: Sharma Traders' });
    // The replica keeps its copy until the TTL has passed, then reads the new version.
    expect(await replica.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'en', vars)).toMatchObject({ templateId: before.templateId, text: before.text });
    clock += ACTIVE_TEMPLATES_TTL_MS;
    expect(await replica.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'en', vars)).toMatchObject({ templateId: next.id, text: 'Verified: Sharma Traders' });
    // Its own write is used at once; a deactivation too (the kind then stops using the channel).
    const third = await replica.update(ctx(), { id: next.id, textBody: 'Approved: {{vendorName}}' });
    expect(await replica.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'en', vars)).toMatchObject({ templateId: third.id, text: 'Approved: Sharma Traders' });
    const hindi = (await replica.render(orm.em.fork(), 'KYC_APPROVED', 'IN_APP', 'hi', vars))!;
    await replica.deactivate(ctx(), hindi.templateId);
    await replica.deactivate(ctx(), third.id);
    expect(await replica.channelsFor(orm.em.fork(), 'KYC_APPROVED')).not.toContain('IN_APP');
    // A stored version still renders by id (cached or read), whatever is active.
    expect(await replica.renderVersion(orm.em.fork(), before.templateId, vars)).toMatchObject({ templateId: before.templateId, text: before.text });
  });

  test('preferences: what the sender may use per category', async () => {
    const preferences = new PreferenceService();
    const userId = randomUUID();
    const em = orm.em.fork();
    expect(await preferences.allowed(em, userId, 'ORDER_UPDATES', ['PUSH', 'IN_APP', 'EMAIL'])).toEqual(['PUSH', 'IN_APP', 'EMAIL']);
    expect(await preferences.allowed(em, userId, 'PROMOTIONS', ['PUSH', 'EMAIL'])).toEqual([]);
    const user = createRequestContext({ caller: { userId, firebaseUid: 'u', roles: ['BUYER'], vendorId: null } as never, requestId: randomUUID(), log, em: orm.em.fork() });
    await preferences.update(user, [
      { channel: 'EMAIL', category: 'ORDER_UPDATES', enabled: false },
      { channel: 'SMS', category: 'DELIVERY_OTP', enabled: false },
      { channel: 'WHATSAPP', category: 'DELIVERY_OTP', enabled: false },
    ]);
    expect(await preferences.allowed(orm.em.fork(), userId, 'ORDER_UPDATES', ['PUSH', 'IN_APP', 'EMAIL'])).toEqual(['PUSH', 'IN_APP']);
    // Both OTP channels off (EMAIL, PUSH and IN_APP still on, so the change was allowed): the OTP still goes out.
    expect(await preferences.allowed(orm.em.fork(), userId, 'DELIVERY_OTP', ['SMS', 'WHATSAPP'])).toEqual(['SMS', 'WHATSAPP']);
  });

  test('push devices: tokens of a user, most recently seen first; a forgotten device is gone', async () => {
    const devices = new PushDeviceService();
    const userId = randomUUID();
    const user = () => createRequestContext({ caller: { userId, firebaseUid: 'u', roles: ['BUYER'], vendorId: null } as never, requestId: randomUUID(), log, em: orm.em.fork() });
    const phone = await devices.register(user(), { deviceId: 'phone', token: `tok-phone-${randomUUID()}`, platform: 'ANDROID' as never });
    const web = await devices.register(user(), { deviceId: 'web', token: `tok-web-${randomUUID()}`, platform: 'WEB' as never });
    expect((await devices.tokensOf(orm.em.fork(), userId)).map((d) => d.id)).toEqual([web.id, phone.id]);
    await devices.forget(orm.em.fork(), web.id);
    expect(await devices.tokensOf(orm.em.fork(), userId)).toEqual([{ id: phone.id, token: phone.token }]);
  });
});
