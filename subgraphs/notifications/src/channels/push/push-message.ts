import type { TokenMessage } from 'firebase-admin/messaging';
import type { PushMessage } from '../port.js';

/** The Android notification channel the app creates for RealServ messages. */
export const ANDROID_CHANNEL_ID = 'realserv_updates';

/** FCM refuses a message whose notification and data together exceed 4 KB. */
export const MAX_PAYLOAD_BYTES = 4096;

/** Data keys FCM reserves (https://firebase.google.com/docs/cloud-messaging/concept-options#data_messages). */
const RESERVED_DATA_KEYS = new Set(['from', 'notification', 'message_type', 'collapse_key']);
const RESERVED_DATA_PREFIXES = ['google.', 'gcm.'];

/**
 * The one FCM message RealServ sends for a push: a visible notification, the ids the app opens it
 * with, high priority on Android (shown at once, also in Doze) and an alert on iOS.
 */
export function buildFcmMessage(message: PushMessage): TokenMessage {
  return {
    token: message.token,
    notification: { title: message.title, body: message.body },
    data: { ...message.data, notificationId: message.reference },
    android: { priority: 'high', notification: { channelId: ANDROID_CHANNEL_ID, sound: 'default' } },
    apns: { headers: { 'apns-priority': '10' }, payload: { aps: { sound: 'default' } } },
  };
}

/** Why FCM would refuse the message, or null. Both adapters check it, so the local one refuses what FCM would. */
export function fcmMessageProblem(message: TokenMessage): string | null {
  if (!message.token || /\s/.test(message.token) || message.token.length > 4096) return 'token must be a registration token (no spaces, at most 4096 characters)';
  const title = message.notification?.title ?? '';
  const body = message.notification?.body ?? '';
  if (!title.trim() || !body.trim()) return 'notification needs a title and a body';
  for (const [key, value] of Object.entries(message.data ?? {})) {
    if (typeof value !== 'string') return `data.${key} must be a string`;
    if (RESERVED_DATA_KEYS.has(key) || RESERVED_DATA_PREFIXES.some((p) => key.startsWith(p))) return `data key "${key}" is reserved by FCM`;
  }
  const size = Buffer.byteLength(JSON.stringify({ notification: message.notification, data: message.data ?? {} }), 'utf8');
  if (size > MAX_PAYLOAD_BYTES) return `payload is ${size} bytes; FCM allows ${MAX_PAYLOAD_BYTES}`;
  return null;
}
