import { NOTIFICATION_CATEGORIES, NOTIFICATION_CHANNELS } from '../notification/notification-kinds.js';
import { allowedChannels, preferenceMatrix, securityProblem } from './preference-rules.js';

describe('notification preferences', () => {
  test('the matrix has every channel × category; all on by default except promotions', () => {
    const matrix = preferenceMatrix([]);
    expect(matrix).toHaveLength(NOTIFICATION_CHANNELS.length * NOTIFICATION_CATEGORIES.length);
    expect(matrix.filter((s) => !s.enabled).every((s) => s.category === 'PROMOTIONS')).toBe(true);
    expect(matrix.filter((s) => s.category === 'PROMOTIONS').every((s) => !s.enabled && s.isDefault)).toBe(true);
  });

  test('a stored choice overrides the default', () => {
    const matrix = preferenceMatrix([{ channel: 'EMAIL', category: 'ORDER_UPDATES', enabled: false }, { channel: 'PUSH', category: 'PROMOTIONS', enabled: true }]);
    expect(matrix.find((s) => s.channel === 'EMAIL' && s.category === 'ORDER_UPDATES')).toMatchObject({ enabled: false, isDefault: false });
    expect(matrix.find((s) => s.channel === 'PUSH' && s.category === 'PROMOTIONS')).toMatchObject({ enabled: true, isDefault: false });
    expect(allowedChannels(matrix, 'ORDER_UPDATES', ['EMAIL', 'PUSH', 'IN_APP'])).toEqual(['PUSH', 'IN_APP']);
  });

  test('a security category with every channel off is a problem; any other category is not', () => {
    const allOff = (category: 'DELIVERY_OTP' | 'ORDER_UPDATES') => NOTIFICATION_CHANNELS.map((channel) => ({ channel, category, enabled: false }));
    expect(securityProblem(preferenceMatrix(allOff('DELIVERY_OTP')))).toBe('DELIVERY_OTP');
    expect(securityProblem(preferenceMatrix(allOff('ORDER_UPDATES')))).toBeNull();
    const oneLeft = allOff('DELIVERY_OTP').map((s) => (s.channel === 'SMS' ? { ...s, enabled: true } : s));
    expect(securityProblem(preferenceMatrix(oneLeft))).toBeNull();
  });

  test('a security message is never dropped: with none of its channels allowed it goes on all of them', () => {
    const onlyEmail = preferenceMatrix(NOTIFICATION_CHANNELS.map((channel) => ({ channel, category: 'DELIVERY_OTP' as const, enabled: channel === 'EMAIL' })));
    expect(allowedChannels(onlyEmail, 'DELIVERY_OTP', ['SMS', 'WHATSAPP'])).toEqual(['SMS', 'WHATSAPP']);
    const onlySms = preferenceMatrix(NOTIFICATION_CHANNELS.map((channel) => ({ channel, category: 'DELIVERY_OTP' as const, enabled: channel === 'SMS' })));
    expect(allowedChannels(onlySms, 'DELIVERY_OTP', ['SMS', 'WHATSAPP'])).toEqual(['SMS']);
    // Promotions are not: off by default, nothing is sent.
    expect(allowedChannels(preferenceMatrix([]), 'PROMOTIONS', ['PUSH', 'EMAIL'])).toEqual([]);
  });
});
