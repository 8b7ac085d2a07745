import { emailSettings } from './email-settings.js';

const base = { EMAIL_FROM: 'RealServ <noreply@realserv.com>', EMAIL_REPLY_TO: 'support@realserv.com', AWS_REGION: undefined, SES_CONFIGURATION_SET: undefined, SMTP_URL: undefined };

test('no EMAIL_TRANSPORT: the channel is off', () => {
  expect(emailSettings({ ...base, EMAIL_TRANSPORT: undefined, SMTP_URL: 'smtp://127.0.0.1:2525' })).toBeNull();
});

test('ses takes the region and configuration set, and ignores SMTP_URL', () => {
  expect(emailSettings({ ...base, EMAIL_TRANSPORT: 'ses', AWS_REGION: 'ap-south-1', SES_CONFIGURATION_SET: 'realserv', SMTP_URL: 'smtp://x:25' })).toEqual({
    transport: 'ses',
    from: 'RealServ <noreply@realserv.com>',
    replyTo: 'support@realserv.com',
    region: 'ap-south-1',
    configurationSet: 'realserv',
  });
});

test('smtp needs SMTP_URL, refused at start otherwise', () => {
  expect(emailSettings({ ...base, EMAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtp://127.0.0.1:2525' })).toMatchObject({ transport: 'smtp', smtpUrl: 'smtp://127.0.0.1:2525' });
  expect(() => emailSettings({ ...base, EMAIL_TRANSPORT: 'smtp' })).toThrow('EMAIL_TRANSPORT=smtp needs SMTP_URL');
});
