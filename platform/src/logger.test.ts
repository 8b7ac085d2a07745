import { pino } from 'pino';
import { lazyLogger, redactError, redactRequest, redactUrl } from './logger.js';

describe('keeping secrets and personal data out of logs', () => {
  it('redacts signatures of signed URLs (local media, S3) and keeps the rest', () => {
    expect(redactUrl('/media/object?key=kyc%2Fa.pdf&exp=1700000000&type=application%2Fpdf&size=10&sig=AbC-123_xyz')).toBe(
      '/media/object?key=kyc%2Fa.pdf&exp=1700000000&type=application%2Fpdf&size=10&sig=[redacted]',
    );
    expect(redactUrl('/b/k?X-Amz-Credential=AKIA%2F2026&X-Amz-Signature=deadbeef&X-Amz-Expires=600')).toBe(
      '/b/k?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]&X-Amz-Expires=600',
    );
    expect(redactUrl('/graphql')).toBe('/graphql');
  });

  it('redacts the verify token of Meta’s webhook verification', () => {
    expect(redactUrl('/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=s3cret-token&hub.challenge=1158201444')).toBe(
      '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=[redacted]&hub.challenge=1158201444',
    );
  });

  it('logs GraphQL GET variables by name only', () => {
    const url = `/graphql?query=${encodeURIComponent('query Q($phone: String!) { x(phone: $phone) }')}&variables=${encodeURIComponent('{"phone":"+919812345678","pin":"560066"}')}`;
    expect(redactUrl(url)).not.toContain('919812345678');
    expect(redactUrl(url)).toContain('variables=[names: phone, pin]');
    const req = redactRequest({ url, query: { query: 'query Q', variables: '{"phone":"+919812345678"}' }, method: 'GET' });
    expect(req.query).toEqual({ query: 'query Q', variables: '[names: phone]' });
    expect(req.method).toBe('GET');
  });

  it('drops the failing row, statement and parameters from database errors', () => {
    const error = Object.assign(
      new Error('insert into "delivery_addresses" ("contact_phone") values ($1) - null value in column "label" violates not-null constraint'),
      { name: 'NotNullConstraintViolationException', code: '23502', detail: 'Failing row contains (+919812345678, 12 MG Road).', params: ['+919812345678'] },
    );
    const logged = JSON.stringify(redactError(error));
    expect(logged).not.toContain('919812345678');
    expect(logged).not.toContain('MG Road');
    expect(redactError(error)).toMatchObject({ message: 'null value in column "label" violates not-null constraint', code: '23502' });
    // The same when pino-http has serialised the error first.
    const preSerialized = { type: 'NotNullConstraintViolationException', message: error.message, detail: error.detail, params: error.params };
    expect(JSON.stringify(redactError(preSerialized))).not.toContain('919812345678');
    // Other errors are serialised as usual.
    expect(redactError(new TypeError('boom'))).toMatchObject({ type: 'TypeError', message: 'boom' });
  });
});

describe('a logger made on first use', () => {
  it('is not made until used, then logs, makes children and answers level checks as the real one', () => {
    const lines: string[] = [];
    const base = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    let made = 0;
    const lazy = lazyLogger(() => {
      made += 1;
      return base.child({ requestId: 'r-1' });
    });
    // Apollo Server copies context objects with Object.assign: the copy is still lazy.
    const copied = Object.assign({}, { log: lazy });
    expect(made).toBe(0);
    expect(copied.log.isLevelEnabled('debug')).toBe(false);
    copied.log.info({ a: 1 }, 'hello');
    lazy.child({ userId: 'u-1' }).warn('child');
    expect(made).toBe(1);
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ requestId: 'r-1', a: 1, msg: 'hello' }),
      expect.objectContaining({ requestId: 'r-1', userId: 'u-1', msg: 'child' }),
    ]);
  });
});
