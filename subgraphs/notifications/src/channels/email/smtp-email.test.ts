/**
 * The EMAIL port over real SMTP to the local mail catcher: what a mailbox would receive, read
 * back from the catcher's HTTP API (not from the adapter), and how refusals come back.
 */
import { ProviderError, type EmailMessage, type EmailPort } from '../port.js';
import { createEmailPort } from './email-adapter.js';
import { startLocalMailServer, type LocalMail, type RunningLocalMailServer } from './local/local-mail-server.js';

let catcher: RunningLocalMailServer;
let port: EmailPort;

beforeAll(async () => {
  catcher = await startLocalMailServer();
  port = await createEmailPort({ transport: 'smtp', from: 'RealServ <noreply@realserv.com>', replyTo: 'support@realserv.com', smtpUrl: catcher.smtpUrl });
});

afterAll(async () => {
  await port.close?.();
  await catcher.stop();
});

const inbox = async (query = ''): Promise<LocalMail[]> => (await fetch(`${catcher.httpUrl}/_local/mail${query}`)).json() as Promise<LocalMail[]>;
const injectFaults = async (count: number, kind: 'transient' | 'permanent') => {
  const response = await fetch(`${catcher.httpUrl}/_local/mail/faults`, { method: 'POST', body: JSON.stringify({ count, kind }) });
  expect(response.status).toBe(200);
};

const message = (reference: string, overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: 'buyer.one@example.com',
  subject: 'Order RS-1001 confirmed',
  text: 'Your order RS-1001 is confirmed.\nTotal: ₹1,234.50',
  html: '<p>Your order <b>RS-1001</b> is confirmed.</p><p>Total: ₹1,234.50</p>',
  reference,
  ...overrides,
});

test('the recipient gets From, Reply-To, To, Subject, a text and an HTML alternative, and the reference header', async () => {
  const accepted = await port.send(message('ntf-smtp-1'));

  const [mail] = await inbox('?reference=ntf-smtp-1');
  expect(mail).toMatchObject({
    from: '"RealServ" <noreply@realserv.com>',
    replyTo: 'support@realserv.com',
    to: ['buyer.one@example.com'],
    envelope: { from: 'noreply@realserv.com', to: ['buyer.one@example.com'] },
    subject: 'Order RS-1001 confirmed',
    text: 'Your order RS-1001 is confirmed.\nTotal: ₹1,234.50',
    html: '<p>Your order <b>RS-1001</b> is confirmed.</p><p>Total: ₹1,234.50</p>',
  });
  expect(mail!.headers['x-realserv-notification']).toBe('ntf-smtp-1');
  expect(mail!.headers['content-type']).toBe('multipart/alternative');
  // The provider id is the Message-ID the recipient sees.
  expect(accepted.providerMessageId).toBe(mail!.headers['message-id']);
});

test('a Hindi subject and body arrive intact (UTF-8 through MIME encoded words and transfer encoding)', async () => {
  const subject = 'आपका ऑर्डर RS-1002 पुष्ट हो गया है — कुल ₹5,000';
  await port.send(message('ntf-smtp-hi', { subject, text: 'नमस्ते सुनीता जी, आपका ऑर्डर पुष्ट हो गया है।', html: '<p>नमस्ते <b>सुनीता</b> जी</p>' }));

  const [mail] = await inbox('?reference=ntf-smtp-hi');
  expect(mail!.subject).toBe(subject);
  expect(mail!.text).toBe('नमस्ते सुनीता जी, आपका ऑर्डर पुष्ट हो गया है।');
  expect(mail!.html).toBe('<p>नमस्ते <b>सुनीता</b> जी</p>');
});

test('451 from the server is a transient ProviderError and nothing is delivered; the next send goes through', async () => {
  await injectFaults(1, 'transient');
  const failure = await port.send(message('ntf-smtp-451')).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ProviderError);
  expect(failure).toMatchObject({ channel: 'EMAIL', reason: 'SMTP_451', permanent: false });
  expect(await inbox('?reference=ntf-smtp-451')).toEqual([]);

  await port.send(message('ntf-smtp-451'));
  expect(await inbox('?reference=ntf-smtp-451')).toHaveLength(1);
});

test('550 (mailbox unavailable) is a permanent ProviderError', async () => {
  await injectFaults(1, 'permanent');
  const failure = await port.send(message('ntf-smtp-550')).catch((error: unknown) => error);
  expect(failure).toMatchObject({ channel: 'EMAIL', reason: 'SMTP_550', permanent: true });
  expect(await inbox('?reference=ntf-smtp-550')).toEqual([]);
});

test('an address that is not one mailbox is refused before anything is sent', async () => {
  for (const to of ['not-an-address', 'a@example.com, b@example.com', 'Someone <a@example.com>']) {
    const failure = await port.send(message('ntf-smtp-bad', { to })).catch((error: unknown) => error);
    expect(failure).toMatchObject({ channel: 'EMAIL', reason: 'INVALID_ADDRESS', permanent: true });
  }
  expect(await inbox('?reference=ntf-smtp-bad')).toEqual([]);
});

test('an SMTP server that is not there is a transient error, not a hang', async () => {
  const gone = await startLocalMailServer();
  await gone.stop();
  const unreachable = await createEmailPort({ transport: 'smtp', from: 'RealServ <noreply@realserv.com>', replyTo: 'support@realserv.com', smtpUrl: gone.smtpUrl });
  try {
    const failure = await unreachable.send(message('ntf-smtp-down')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ channel: 'EMAIL', reason: 'ECONNREFUSED', permanent: false });
  } finally {
    await unreachable.close?.();
  }
});
