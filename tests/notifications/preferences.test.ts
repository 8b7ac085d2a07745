import { randomUUID } from 'node:crypto';
import { newBuyer, newSignedInUser, newVendorUser } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';

const MY_PREFERENCES = '{ myNotificationPreferences { channel category enabled isDefault } }';
const UPDATE_PREFERENCES = `mutation Update($input: [NotificationPreferenceInput!]!) {
  updateNotificationPreferences(input: $input) { channel category enabled isDefault }
}`;
const REGISTER_DEVICE = `mutation Register($input: RegisterPushDeviceInput!) { registerPushDevice(input: $input) { id deviceId platform lastSeenAt } }`;
const REMOVE_DEVICE = `mutation Remove($deviceId: String!) { removePushDevice(deviceId: $deviceId) { id deviceId } }`;
const MY_DEVICES = '{ myPushDevices { id deviceId platform } }';

interface Setting {
  channel: string;
  category: string;
  enabled: boolean;
  isDefault: boolean;
}
const CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH', 'IN_APP'];
const cell = (matrix: Setting[], channel: string, category: string) => matrix.find((s) => s.channel === channel && s.category === category);
const token = () => `fcm-${randomUUID()}-${randomUUID()}`;

describe('notification preferences', () => {
  test('a new user has every channel × category, all on except promotions, all defaults', async () => {
    const buyer = await newBuyer();
    const { myNotificationPreferences: matrix } = await buyer.ok<{ myNotificationPreferences: Setting[] }>(MY_PREFERENCES);
    expect(matrix).toHaveLength(30);
    expect(matrix.every((s) => s.isDefault)).toBe(true);
    expect(matrix.filter((s) => !s.enabled).map((s) => s.category)).toEqual(Array(5).fill('PROMOTIONS'));
  });

  test('a user switches categories per channel; the choices are kept and only theirs', async () => {
    const vendor = await newVendorUser();
    const other = await newVendorUser();
    const { updateNotificationPreferences: updated } = await vendor.ok<{ updateNotificationPreferences: Setting[] }>(UPDATE_PREFERENCES, {
      input: [
        { channel: 'EMAIL', category: 'ORDER_UPDATES', enabled: false },
        { channel: 'WHATSAPP', category: 'PROMOTIONS', enabled: true },
      ],
    });
    expect(cell(updated, 'EMAIL', 'ORDER_UPDATES')).toMatchObject({ enabled: false, isDefault: false });
    expect(cell(updated, 'WHATSAPP', 'PROMOTIONS')).toMatchObject({ enabled: true, isDefault: false });
    expect(cell(updated, 'PUSH', 'ORDER_UPDATES')).toMatchObject({ enabled: true, isDefault: true });

    const { myNotificationPreferences: reread } = await vendor.ok<{ myNotificationPreferences: Setting[] }>(MY_PREFERENCES);
    expect(reread).toEqual(updated);
    // Switching back on is a choice too.
    const { updateNotificationPreferences: again } = await vendor.ok<{ updateNotificationPreferences: Setting[] }>(UPDATE_PREFERENCES, {
      input: [{ channel: 'EMAIL', category: 'ORDER_UPDATES', enabled: true }],
    });
    expect(cell(again, 'EMAIL', 'ORDER_UPDATES')).toMatchObject({ enabled: true, isDefault: false });

    const { myNotificationPreferences: theirs } = await other.ok<{ myNotificationPreferences: Setting[] }>(MY_PREFERENCES);
    expect(theirs.every((s) => s.isDefault)).toBe(true);
  });

  test('the delivery OTP and account messages cannot be switched off on every channel; the whole change is refused', async () => {
    const buyer = await newBuyer();
    const allOtpOff = CHANNELS.map((channel) => ({ channel, category: 'DELIVERY_OTP', enabled: false }));
    const refused = await buyer.run(UPDATE_PREFERENCES, { input: [...allOtpOff, { channel: 'PUSH', category: 'PAYMENTS', enabled: false }] });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ category: 'DELIVERY_OTP' });
    const { myNotificationPreferences: unchanged } = await buyer.ok<{ myNotificationPreferences: Setting[] }>(MY_PREFERENCES);
    expect(unchanged.every((s) => s.isDefault)).toBe(true);

    // Four of five off is allowed; the last one in a later change is not.
    await buyer.ok(UPDATE_PREFERENCES, { input: allOtpOff.filter((c) => c.channel !== 'SMS') });
    const last = await buyer.run(UPDATE_PREFERENCES, { input: [{ channel: 'SMS', category: 'DELIVERY_OTP', enabled: false }] });
    expect(errorCodes(last)).toEqual(['BAD_USER_INPUT']);
    const accountOff = await buyer.run(UPDATE_PREFERENCES, { input: CHANNELS.map((channel) => ({ channel, category: 'ACCOUNT', enabled: false })) });
    expect(errorCodes(accountOff)).toEqual(['BAD_USER_INPUT']);
    const { myNotificationPreferences: now } = await buyer.ok<{ myNotificationPreferences: Setting[] }>(MY_PREFERENCES);
    expect(now.filter((s) => s.category === 'DELIVERY_OTP' && s.enabled).map((s) => s.channel)).toEqual(['SMS']);
    // Any other category may be switched off entirely.
    await buyer.ok(UPDATE_PREFERENCES, { input: CHANNELS.map((channel) => ({ channel, category: 'ORDER_UPDATES', enabled: false })) });
  });

  test('the same channel and category twice is refused; anonymous and unregistered callers are refused', async () => {
    const buyer = await newBuyer();
    const twice = await buyer.run(UPDATE_PREFERENCES, {
      input: [
        { channel: 'EMAIL', category: 'PAYMENTS', enabled: false },
        { channel: 'EMAIL', category: 'PAYMENTS', enabled: true },
      ],
    });
    expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(MY_PREFERENCES))).toEqual(['UNAUTHENTICATED']);
    const unregistered = await newSignedInUser();
    expect(errorCodes(await unregistered.run(MY_PREFERENCES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await unregistered.run(UPDATE_PREFERENCES, { input: [{ channel: 'EMAIL', category: 'PAYMENTS', enabled: false }] }))).toEqual(['FORBIDDEN']);
  });
});

describe('push devices', () => {
  test('a user registers a device, refreshes its token and removes it; the token is never returned', async () => {
    const buyer = await newBuyer();
    const deviceId = `android-${randomUUID()}`;
    const first = (await buyer.ok<{ registerPushDevice: { id: string; deviceId: string; platform: string } }>(REGISTER_DEVICE, { input: { deviceId, token: token(), platform: 'ANDROID' } }))
      .registerPushDevice;
    expect(first).toMatchObject({ deviceId, platform: 'ANDROID' });
    const refreshed = (await buyer.ok<{ registerPushDevice: { id: string } }>(REGISTER_DEVICE, { input: { deviceId, token: token(), platform: 'ANDROID' } })).registerPushDevice;
    expect(refreshed.id).toBe(first.id);
    await buyer.ok(REGISTER_DEVICE, { input: { deviceId: 'web-1', token: token(), platform: 'WEB' } });
    const devices = await buyer.ok<{ myPushDevices: Array<{ deviceId: string }> }>(MY_DEVICES);
    expect(devices.myPushDevices.map((d) => d.deviceId).sort()).toEqual([deviceId, 'web-1'].sort());
    expect(errorCodes(await buyer.run('{ myPushDevices { token } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    expect((await buyer.ok<{ removePushDevice: { id: string } }>(REMOVE_DEVICE, { deviceId })).removePushDevice.id).toBe(first.id);
    expect((await buyer.ok<{ myPushDevices: Array<{ deviceId: string }> }>(MY_DEVICES)).myPushDevices.map((d) => d.deviceId)).toEqual(['web-1']);
    expect(errorCodes(await buyer.run(REMOVE_DEVICE, { deviceId }))).toEqual(['NOT_FOUND']);
  });

  test('another user cannot remove a device; a token registered by another user moves to them', async () => {
    const owner = await newBuyer();
    const other = await newVendorUser();
    const shared = token();
    await owner.ok(REGISTER_DEVICE, { input: { deviceId: 'phone', token: shared, platform: 'IOS' } });

    expect(errorCodes(await other.run(REMOVE_DEVICE, { deviceId: 'phone' }))).toEqual(['NOT_FOUND']);
    expect((await owner.ok<{ myPushDevices: Array<{ deviceId: string }> }>(MY_DEVICES)).myPushDevices.map((d) => d.deviceId)).toEqual(['phone']);

    // The phone changes hands: the new user's sign-in registers the same token.
    await other.ok(REGISTER_DEVICE, { input: { deviceId: 'handed-on', token: shared, platform: 'IOS' } });
    expect((await owner.ok<{ myPushDevices: unknown[] }>(MY_DEVICES)).myPushDevices).toEqual([]);
    expect((await other.ok<{ myPushDevices: Array<{ deviceId: string }> }>(MY_DEVICES)).myPushDevices.map((d) => d.deviceId)).toEqual(['handed-on']);
  });

  test('a malformed token or device id is refused; anonymous callers are UNAUTHENTICATED', async () => {
    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(REGISTER_DEVICE, { input: { deviceId: 'd1', token: 'has a space in it, long enough', platform: 'ANDROID' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await buyer.run(REGISTER_DEVICE, { input: { deviceId: 'bad id!', token: token(), platform: 'ANDROID' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await buyer.ok<{ myPushDevices: unknown[] }>(MY_DEVICES)).myPushDevices).toEqual([]);
    expect(errorCodes(await graphql(REGISTER_DEVICE, { input: { deviceId: 'd1', token: token(), platform: 'ANDROID' } }))).toEqual(['UNAUTHENTICATED']);
  });
});
