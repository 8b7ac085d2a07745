import { LINK_CODE_MAX_ATTEMPTS, LINK_CODE_TTL_MS, checkLinkCode, hashLinkCode, newLinkCode } from './link-code.js';

describe('link codes', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const pending = (code: string, attempts = 0) => ({ codeHash: hashLinkCode(code), codeExpiresAt: new Date(now.getTime() + LINK_CODE_TTL_MS), attempts });

  it('are six digits', () => {
    for (let i = 0; i < 50; i += 1) expect(newLinkCode()).toMatch(/^\d{6}$/);
  });

  it('match only the code sent, before expiry and within the attempts', () => {
    expect(checkLinkCode(pending('123456'), '123456', now)).toBe('OK');
    expect(checkLinkCode(pending('123456'), ' 123456 ', now)).toBe('OK');
    expect(checkLinkCode(pending('123456'), '123457', now)).toBe('WRONG_CODE');
    expect(checkLinkCode(pending('123456'), '123456', new Date(now.getTime() + LINK_CODE_TTL_MS))).toBe('EXPIRED');
    expect(checkLinkCode(pending('123456', LINK_CODE_MAX_ATTEMPTS), '123456', now)).toBe('TOO_MANY_ATTEMPTS');
    expect(checkLinkCode({ codeHash: null, codeExpiresAt: null, attempts: 0 }, '123456', now)).toBe('NO_PENDING_CODE');
  });
});
