import { whatsAppMessageKind } from './whatsapp-window.js';

describe('WhatsApp template or session message', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

  it('inside 24 hours of the user’s last message: a session text', () => {
    expect(whatsAppMessageKind(hoursAgo(23.9), now, true)).toBe('text');
    expect(whatsAppMessageKind(hoursAgo(1), now, false)).toBe('text');
  });

  it('outside it (or never written): the approved template, or nothing without one', () => {
    expect(whatsAppMessageKind(hoursAgo(24), now, true)).toBe('template');
    expect(whatsAppMessageKind(null, now, true)).toBe('template');
    expect(whatsAppMessageKind(hoursAgo(30), now, false)).toBeNull();
  });
});
