import { CUSTOMER_SERVICE_WINDOW_MS, customerServiceWindowOpen } from './customer-service-window.js';

const now = new Date('2026-12-01T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('the 24-hour customer-service window', () => {
  test('a user who never wrote has no window: only templates reach them', () => {
    expect(customerServiceWindowOpen(null, now)).toBe(false);
  });

  test('open from the user’s last message until 24 hours after it, closed from then on', () => {
    expect(customerServiceWindowOpen(ago(0), now)).toBe(true);
    expect(customerServiceWindowOpen(ago(23 * 3600_000 + 59 * 60_000), now)).toBe(true);
    expect(customerServiceWindowOpen(ago(CUSTOMER_SERVICE_WINDOW_MS - 1), now)).toBe(true);
    expect(customerServiceWindowOpen(ago(CUSTOMER_SERVICE_WINDOW_MS), now)).toBe(false);
    expect(customerServiceWindowOpen(ago(3 * 24 * 3600_000), now)).toBe(false);
  });

  test('a message stamped slightly in the future (clock skew) counts as just received', () => {
    expect(customerServiceWindowOpen(new Date(now.getTime() + 5_000), now)).toBe(true);
  });
});
