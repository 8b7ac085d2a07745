import { ProviderError } from '../port.js';
import { isPermanentCloudApiCode, providerErrorFor } from './cloud-api-errors.js';

describe('Cloud API errors as ProviderErrors', () => {
  test.each([
    [400, 131026, true],
    [400, 131047, true],
    [400, 132000, true],
    [404, 132001, true],
    [400, 131051, true],
    [400, 100, true],
    [401, 190, true],
    [400, 130429, false],
    [429, 130429, false],
    [500, 131000, false],
    [503, 131016, false],
    [400, 131056, false],
  ])('HTTP %i with code %i: permanent %s, reason is the code', (httpStatus, code, permanent) => {
    const error = providerErrorFor(httpStatus, { code, message: 'x' });
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ channel: 'WHATSAPP', reason: String(code), permanent });
  });

  test('an unknown code follows the HTTP status: 5xx and 429 are retried, other 4xx are not', () => {
    expect(providerErrorFor(502, { code: 999_001 })).toMatchObject({ reason: '999001', permanent: false });
    expect(providerErrorFor(429, { code: 999_002 })).toMatchObject({ reason: '999002', permanent: false });
    expect(providerErrorFor(400, { code: 999_003 })).toMatchObject({ reason: '999003', permanent: true });
  });

  test('without an error body the reason is the HTTP status', () => {
    expect(providerErrorFor(503, undefined)).toMatchObject({ reason: 'HTTP_503', permanent: false });
    expect(providerErrorFor(401, undefined)).toMatchObject({ reason: 'HTTP_401', permanent: true });
  });

  test('failed status reports: an undeliverable number is final, a rate limit is not', () => {
    expect(isPermanentCloudApiCode(131026)).toBe(true);
    expect(isPermanentCloudApiCode(131047)).toBe(true);
    expect(isPermanentCloudApiCode(130429)).toBe(false);
  });
});
