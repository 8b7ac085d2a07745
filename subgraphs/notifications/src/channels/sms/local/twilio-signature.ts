import { createHmac } from 'node:crypto';

/**
 * X-Twilio-Signature as Twilio computes it for a form-encoded webhook
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security): the full URL Twilio was given,
 * then every POST parameter name immediately followed by its value, sorted by name; HMAC-SHA1
 * keyed with the account's auth token; base64. Written out here rather than borrowed from the
 * SDK so that the receiver's `twilio.validateRequest` is checked against an independent signer.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => acc + name + params[name], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}
