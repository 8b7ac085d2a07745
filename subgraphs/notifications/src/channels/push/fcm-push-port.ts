import type { Messaging } from 'firebase-admin/messaging';
import { ProviderError, type ProviderAccepted, type PushMessage, type PushPort } from '../port.js';
import { buildFcmMessage, fcmMessageProblem } from './push-message.js';

/**
 * FCM error codes (firebase-admin `messaging/…`) that no retry can fix: the token is gone or
 * malformed, or the message itself is refused. Everything else (internal-error, server-unavailable,
 * quota and rate limits, network errors, and our own credential problems, which an operator fixes)
 * is retried.
 */
const PERMANENT = new Set([
  'registration-token-not-registered',
  'invalid-registration-token',
  'installation-id-not-registered',
  'invalid-recipient',
  'invalid-argument',
  'invalid-payload',
  'invalid-data-payload-key',
  'payload-size-limit-exceeded',
  'invalid-options',
  'invalid-package-name',
  'mismatched-credential',
]);

/** A firebase-admin failure as the port's ProviderError; `reason` is the code without `messaging/`. */
export function fcmProviderError(error: unknown): ProviderError {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? ((error as { code: string }).code) : 'unknown-error';
  const reason = code.startsWith('messaging/') ? code.slice('messaging/'.length) : code;
  return new ProviderError('PUSH', reason, PERMANENT.has(reason), `FCM refused the message: ${reason}`);
}

/** Push through Firebase Cloud Messaging (firebase-admin `messaging().send`). */
export class FcmPushPort implements PushPort {
  constructor(private readonly messaging: Pick<Messaging, 'send'>) {}

  async send(message: PushMessage): Promise<ProviderAccepted> {
    const fcmMessage = buildFcmMessage(message);
    const problem = fcmMessageProblem(fcmMessage);
    if (problem) throw new ProviderError('PUSH', 'invalid-payload', true, `Push message refused before sending: ${problem}`);
    try {
      // FCM answers with the message name, projects/<project>/messages/<id>.
      return { providerMessageId: await this.messaging.send(fcmMessage) };
    } catch (error) {
      throw fcmProviderError(error);
    }
  }
}
