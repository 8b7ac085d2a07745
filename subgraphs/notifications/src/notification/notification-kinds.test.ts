import { NOTIFICATION_KINDS, variablesOfKind, type NotificationKind } from './notification-kinds.js';

describe('variablesOfKind: what a template is rendered with', () => {
  test('every variable of the kind, empty where the event gave none; others dropped', () => {
    expect(variablesOfKind('ORDER_REJECTED', { recipientName: 'Asha', orderNumber: 'RS-1', vendorName: 'Balaji', gstin: '29ABCDE1234F1Z5' })).toEqual({
      recipientName: 'Asha',
      orderNumber: 'RS-1',
      vendorName: 'Balaji',
      reason: '',
    });
  });

  test('secrets are never part of it (they are added only when sending)', () => {
    expect(variablesOfKind('DELIVERY_OTP', { recipientName: 'Asha', orderNumber: 'RS-1', otp: '482913' })).toEqual({ recipientName: 'Asha', orderNumber: 'RS-1' });
  });

  test.each(Object.keys(NOTIFICATION_KINDS) as NotificationKind[])('%s: from nothing, every non-secret variable is present', (kind) => {
    const spec = NOTIFICATION_KINDS[kind] as { variables: readonly string[]; secret?: readonly string[] };
    expect(Object.keys(variablesOfKind(kind, {}))).toEqual(spec.variables.filter((v) => !(spec.secret ?? []).includes(v)));
  });
});
