import express, { type Router } from 'express';
import twilio from 'twilio';
import type { ProviderStatus } from '../port.js';
import { TWILIO_STATUS_PATH, statusCallbackUrl, type SmsSettings } from './sms-settings.js';

/** Twilio's MessageStatus values that report progress we record; queued/accepted/sending/scheduled are not reported. */
const REPORTED: Record<string, ProviderStatus['status']> = {
  sent: 'SENT',
  delivered: 'DELIVERED',
  read: 'READ',
  undelivered: 'FAILED',
  failed: 'FAILED',
};

/**
 * One verified status callback (Twilio's parameters: MessageSid, MessageStatus, ErrorCode, …) as
 * the port's ProviderStatus, or null when it reports nothing we track. Redeliveries of the same
 * report share the eventKey `${MessageSid}:${MessageStatus}`.
 */
export function providerStatusFromTwilio(params: Record<string, unknown>, receivedAt: Date = new Date()): ProviderStatus | null {
  const sid = typeof params.MessageSid === 'string' ? params.MessageSid : '';
  const messageStatus = typeof params.MessageStatus === 'string' ? params.MessageStatus : '';
  const status = REPORTED[messageStatus];
  if (!status || !/^(SM|MM)[0-9a-fA-F]{32}$/.test(sid)) return null;
  const errorCode = typeof params.ErrorCode === 'string' && params.ErrorCode ? params.ErrorCode : null;
  return {
    channel: 'SMS',
    providerMessageId: sid,
    status,
    reason: status === 'FAILED' ? (errorCode ?? messageStatus) : null,
    at: receivedAt,
    eventKey: `${sid}:${messageStatus}`,
  };
}

/**
 * POST /webhooks/twilio/status: Twilio's delivery reports for the messages the adapter sent with
 * this StatusCallback. Twilio signs the URL it was given plus the sorted form parameters with the
 * account's auth token (X-Twilio-Signature, HMAC-SHA1, base64); the SDK's `validateRequest`
 * checks that against the configured public URL (not the Host header, which a proxy rewrites).
 * Forged, unsigned or altered reports get 403 and reach nothing. A verified report is handed to
 * `onStatus` (idempotent by eventKey) and acknowledged; if that fails, 500.
 */
export function twilioStatusRoute(
  router: Router,
  settings: Pick<SmsSettings, 'authToken' | 'publicUrl'>,
  onStatus: (status: ProviderStatus) => Promise<void>,
  options: { onError?: (error: unknown) => void } = {},
): void {
  const signedUrl = statusCallbackUrl(settings);
  router.post(TWILIO_STATUS_PATH, express.urlencoded({ extended: false, limit: '64kb' }), async (req, res) => {
    const params: Record<string, unknown> = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const signature = req.header('x-twilio-signature') ?? '';
    if (!signature || !twilio.validateRequest(settings.authToken, signature, signedUrl, params)) {
      res.status(403).type('text/plain').send('Twilio signature does not match');
      return;
    }
    const status = providerStatusFromTwilio(params);
    try {
      if (status) await onStatus(status);
    } catch (error) {
      options.onError?.(error);
      res.status(500).type('text/plain').send('try again');
      return;
    }
    res.status(200).type('text/plain').send('');
  });
}
