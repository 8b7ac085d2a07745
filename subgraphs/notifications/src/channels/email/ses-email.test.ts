/**
 * The EMAIL port over SES: the real SESv2Client builds, signs and sends each SendEmail request
 * to a request handler that stands where the network would be (no AWS account, nothing leaves
 * the process), and SES's answers come back through the SDK's own deserialisers.
 */
import { simpleParser } from 'mailparser';
import { ProviderError, type EmailMessage } from '../port.js';
import { createEmailPort } from './email-adapter.js';

interface CapturedRequest {
  method: string;
  hostname: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

interface Answer {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Plays SES: records each HTTP request the SDK makes and answers with the next scripted reply (or throws it, for a network failure). */
class FakeSesEndpoint {
  readonly requests: Array<CapturedRequest & { body: string }> = [];
  constructor(private readonly answers: Array<Answer | Error>) {}

  async handle(request: CapturedRequest): Promise<{ response: { statusCode: number; headers: Record<string, string>; body: Buffer } }> {
    // The SDK serialises the JSON body to bytes.
    const body = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body as Uint8Array);
    this.requests.push({ ...request, body });
    const answer = this.answers.length > 1 ? this.answers.shift()! : this.answers[0]!;
    if (answer instanceof Error) throw answer;
    return {
      response: {
        statusCode: answer.statusCode,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'req-1', ...answer.headers },
        body: Buffer.from(answer.body ?? ''),
      },
    };
  }
  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}
}

const sesError = (statusCode: number, type: string, message: string): Answer => ({
  statusCode,
  // How SES v2 (REST-JSON) names the error: the x-amzn-ErrorType header.
  headers: { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.sesv2/` },
  body: JSON.stringify({ message }),
});

const SES_MESSAGE_ID = '0109018c8a2b3c4d-5e6f7a8b-1234-4cde-9f01-23456789abcd-000000';

async function sesPort(endpoint: FakeSesEndpoint, configurationSet?: string) {
  return createEmailPort(
    { transport: 'ses', from: 'RealServ <noreply@realserv.com>', replyTo: 'support@realserv.com', region: 'ap-south-1', ...(configurationSet ? { configurationSet } : {}) },
    { sesClientConfig: { requestHandler: endpoint, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } } },
  );
}

const message: EmailMessage = {
  to: 'vendor.one@example.com',
  subject: 'भुगतान प्राप्त हुआ: RS-2001',
  text: 'Buyer paid ₹12,000.00 for RS-2001.',
  html: '<p>Buyer paid <b>₹12,000.00</b> for RS-2001.</p>',
  reference: '7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
};

test('SendEmail is a signed SES v2 request carrying the raw MIME message, the configuration set and the notification tag', async () => {
  const endpoint = new FakeSesEndpoint([{ statusCode: 200, body: JSON.stringify({ MessageId: SES_MESSAGE_ID }) }]);
  const port = await sesPort(endpoint, 'realserv-transactional');
  const accepted = await port.send(message);
  await port.close?.();

  expect(accepted).toEqual({ providerMessageId: SES_MESSAGE_ID });
  expect(endpoint.requests).toHaveLength(1);
  const [request] = endpoint.requests;
  expect(request).toMatchObject({ method: 'POST', hostname: 'email.ap-south-1.amazonaws.com', path: '/v2/email/outbound-emails' });
  // Signed for SES in the configured region with the credentials the chain produced.
  expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/ap-south-1\/ses\/aws4_request, /);

  const body = JSON.parse(request!.body) as {
    FromEmailAddress: string;
    Destination: { ToAddresses: string[] };
    ConfigurationSetName: string;
    EmailTags: Array<{ Name: string; Value: string }>;
    Content: { Raw: { Data: string } };
  };
  expect(body.FromEmailAddress).toMatch(/noreply@realserv\.com/);
  expect(body.Destination).toEqual({ ToAddresses: ['vendor.one@example.com'] });
  expect(body.ConfigurationSetName).toBe('realserv-transactional');
  expect(body.EmailTags).toEqual([{ Name: 'notification', Value: message.reference }]);

  // The same MIME message the SMTP transport sends.
  const mime = await simpleParser(Buffer.from(body.Content.Raw.Data, 'base64'));
  expect(mime.from?.text).toBe('"RealServ" <noreply@realserv.com>');
  expect(mime.replyTo?.text).toBe('support@realserv.com');
  expect(mime.subject).toBe('भुगतान प्राप्त हुआ: RS-2001');
  expect(mime.text).toBe(message.text);
  expect(mime.html).toBe(message.html);
  expect(mime.headers.get('x-realserv-notification')).toBe(message.reference);
  expect((mime.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
});

test('without a configuration set none is sent', async () => {
  const endpoint = new FakeSesEndpoint([{ statusCode: 200, body: JSON.stringify({ MessageId: SES_MESSAGE_ID }) }]);
  const port = await sesPort(endpoint);
  await port.send(message);
  await port.close?.();
  expect(JSON.parse(endpoint.requests[0]!.body)).not.toHaveProperty('ConfigurationSetName');
});

describe('SES refusals are permanent: the same message would be refused again', () => {
  test.each([
    ['MessageRejected (unverified recipient in the sandbox)', sesError(400, 'MessageRejected', 'Email address is not verified. The following identities failed the check in region AP-SOUTH-1: vendor.one@example.com'), 'MessageRejected'],
    ['MAIL FROM domain not verified', sesError(400, 'MailFromDomainNotVerifiedException', 'Mail-From domain is not verified'), 'MailFromDomainNotVerifiedException'],
    ['account suspended', sesError(400, 'AccountSuspendedException', 'Account suspended'), 'AccountSuspendedException'],
    ['invalid address', sesError(400, 'BadRequestException', 'Missing final \'@domain\''), 'BadRequestException'],
    ['the role lacks ses:SendEmail', sesError(403, 'AccessDeniedException', 'User is not authorized to perform: ses:SendEmail'), 'AccessDeniedException'],
  ])('%s', async (_label, answer, reason) => {
    const endpoint = new FakeSesEndpoint([answer]);
    const port = await sesPort(endpoint);
    const failure = await port.send(message).catch((error: unknown) => error);
    await port.close?.();
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ channel: 'EMAIL', reason, permanent: true });
    expect(endpoint.requests).toHaveLength(1);
  });
});

describe('throttling, SES outages and the network are transient (after the SDK\'s one quick retry)', () => {
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  const timeout = Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' });
  test.each([
    ['sending rate exceeded (429)', sesError(429, 'TooManyRequestsException', 'Maximum sending rate exceeded.'), 'TooManyRequestsException'],
    ['daily quota exceeded', sesError(400, 'LimitExceededException', 'Daily message quota exceeded.'), 'LimitExceededException'],
    ['SES internal error (500)', sesError(500, 'InternalServiceErrorException', 'Internal error'), 'HTTP_500'],
    ['service unavailable (503, no body)', { statusCode: 503, body: '' } satisfies Answer, 'HTTP_503'],
    ['connection reset', reset, 'ECONNRESET'],
    ['request timed out', timeout, 'TIMEOUT'],
  ])('%s', async (_label, answer, reason) => {
    const endpoint = new FakeSesEndpoint([answer]);
    const port = await sesPort(endpoint);
    const failure = await port.send(message).catch((error: unknown) => error);
    await port.close?.();
    expect(failure).toMatchObject({ channel: 'EMAIL', reason, permanent: false });
    // Bounded: at most the SDK's two attempts, then the dispatcher's queue decides when to retry.
    expect(endpoint.requests.length).toBeLessThanOrEqual(2);
  });

  test('a throttled first attempt that succeeds on the SDK retry is accepted', async () => {
    const endpoint = new FakeSesEndpoint([sesError(429, 'TooManyRequestsException', 'Maximum sending rate exceeded.'), { statusCode: 200, body: JSON.stringify({ MessageId: SES_MESSAGE_ID }) }]);
    const port = await sesPort(endpoint);
    expect(await port.send(message)).toEqual({ providerMessageId: SES_MESSAGE_ID });
    await port.close?.();
    expect(endpoint.requests).toHaveLength(2);
  });
});
