import { createHmac } from 'node:crypto';
import { isValidWebhookSignature, sameSecret, signWebhookBody } from './webhook-signature.js';

const SECRET = 'app-secret-0123456789abcdef';
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}]}');

describe('X-Hub-Signature-256', () => {
  test('is sha256= and the hex HMAC-SHA256 of the raw body with the app secret', () => {
    const expected = createHmac('sha256', SECRET).update(body).digest('hex');
    expect(signWebhookBody(body, SECRET)).toBe(`sha256=${expected}`);
    expect(isValidWebhookSignature(body, `sha256=${expected}`, SECRET)).toBe(true);
    // Hex case does not matter; surrounding whitespace from a proxy neither.
    expect(isValidWebhookSignature(body, ` sha256=${expected.toUpperCase()} `, SECRET)).toBe(true);
  });

  test('fails for another secret, a body changed by one byte, or a re-serialised body', () => {
    const header = signWebhookBody(body, SECRET);
    expect(isValidWebhookSignature(body, header, 'another-app-secret-0000')).toBe(false);
    const changed = Buffer.from(body.toString().replace('"1"', '"2"'));
    expect(isValidWebhookSignature(changed, header, SECRET)).toBe(false);
    // Meta escapes "/" as "\/": parsing and stringifying again changes the bytes.
    const escaped = Buffer.from('{"url":"https:\\/\\/realserv.com"}');
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(escaped.toString())));
    expect(isValidWebhookSignature(reserialised, signWebhookBody(escaped, SECRET), SECRET)).toBe(false);
  });

  test('missing, malformed, SHA-1 and truncated signatures are refused', () => {
    const good = signWebhookBody(body, SECRET);
    for (const header of [undefined, '', 'sha256=', good.slice(7), `sha1=${good.slice(7, 47)}`, good.slice(0, -2), `${good}00`, 'sha256=zz']) {
      expect(isValidWebhookSignature(body, header, SECRET)).toBe(false);
    }
  });

  test('secrets compare by value, whatever their lengths', () => {
    expect(sameSecret('verify-token-123', 'verify-token-123')).toBe(true);
    expect(sameSecret('verify-token-12', 'verify-token-123')).toBe(false);
    expect(sameSecret('', 'verify-token-123')).toBe(false);
  });
});
