import { isPastPaymentWindow, unpaidOrderCutoff } from './unpaid-order-expiry.js';

const now = new Date('2026-11-30T12:00:00Z');
const placed = (minutesAgo: number, status = 'PENDING_PAYMENT', paymentMethod = 'ONLINE') => ({
  status,
  paymentMethod,
  createdAt: new Date(now.getTime() - minutesAgo * 60_000),
});

describe('the online payment window', () => {
  it('expires an unpaid online order only after the whole window', () => {
    expect(unpaidOrderCutoff(now, 1800).toISOString()).toBe('2026-11-30T11:30:00.000Z');
    expect(isPastPaymentWindow(placed(29), now, 1800)).toBe(false);
    expect(isPastPaymentWindow(placed(30), now, 1800)).toBe(false);
    expect(isPastPaymentWindow(placed(31), now, 1800)).toBe(true);
  });

  it('never touches paid, closed or cash-on-delivery orders', () => {
    expect(isPastPaymentWindow(placed(90, 'PAID'), now, 1800)).toBe(false);
    expect(isPastPaymentWindow(placed(90, 'CANCELLED'), now, 1800)).toBe(false);
    expect(isPastPaymentWindow(placed(90, 'PLACED', 'COD'), now, 1800)).toBe(false);
  });

  it('refuses a window that is not a positive whole number of seconds', () => {
    expect(() => unpaidOrderCutoff(now, 0)).toThrow(RangeError);
    expect(() => unpaidOrderCutoff(now, 1.5)).toThrow(RangeError);
  });
});
