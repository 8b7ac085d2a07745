// What the local notification providers received (never our own tables), and users who can be
// reached on every channel: a phone on the sign-in account, a registered push device.
import { randomUUID } from 'node:crypto';
import { Actor } from '../harness/actors.js';
import { signIn, signUp } from '../harness/auth.js';
import { newVendor } from '../harness/vendors.js';
import { eventually } from '../harness/eventually.js';
import { rowsOf } from '../harness/subgraph-db.js';
import { stackLogs } from '../harness/stack-logs.js';
import type { StockedMaterial } from '../orders/order-helpers.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run e2e tests through jest (global setup).`);
  return value;
};
export const mailUrl = () => env('REALSERV_MAIL_URL');
export const twilioUrl = () => env('REALSERV_TWILIO_URL');
export const whatsappUrl = () => env('REALSERV_WHATSAPP_URL');
export const notificationsUrl = () => new URL((JSON.parse(env('REALSERV_SUBGRAPH_URLS')) as Record<string, string>).notifications!).origin;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
export async function postJson<T = unknown>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface CaughtMail {
  id: string;
  from: { address: string; name: string }[] | string | unknown;
  to: unknown;
  replyTo: unknown;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, unknown>;
}
export interface LocalSms {
  sid: string;
  to: string;
  from: string | null;
  body: string;
  dltTemplateId: string | null;
  dltEntityId: string | null;
  status: string;
  errorCode: number | null;
}
export interface LocalWhatsApp {
  id: string;
  to: string;
  type: string;
  text: string | null;
  template: { name: string; language: string; parameters: string[] } | null;
  choices?: Array<{ id: string; title: string }> | null;
  status: string;
  error: { code: number; title: string } | null;
}
export interface LocalPush {
  message: { token: string; notification?: { title?: string; body?: string }; data?: Record<string, string> };
}

export const mailTo = (address: string) => getJson<CaughtMail[]>(`${mailUrl()}/_local/mail?to=${encodeURIComponent(address)}`);
export const smsTo = (phone: string) => getJson<LocalSms[]>(`${twilioUrl()}/_local/sms?to=${encodeURIComponent(phone)}`);
export const whatsappTo = async (phone: string) => (await getJson<{ messages: LocalWhatsApp[] }>(`${whatsappUrl()}/_local/whatsapp/messages?to=${encodeURIComponent(phone)}`)).messages;
export const pushTo = async (token: string) => (await getJson<{ messages: LocalPush[] }>(`${notificationsUrl()}/_local/push/messages?token=${encodeURIComponent(token)}`)).messages;

/** Waits until `read` returns at least `count` items matching `match`, and returns those. */
export async function received<T>(read: () => Promise<T[]>, match: (item: T) => boolean, what: string, count = 1): Promise<T[]> {
  return eventually(async () => {
    const found = (await read()).filter(match);
    return found.length >= count && found;
  }, { what });
}

/** A fresh Indian mobile number (+9197xxxxxxxx). */
export const newPhone = () => `+9197${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/**
 * A registered user whose sign-in account has a phone number (set with the Auth emulator's admin
 * update, as a phone sign-in would), in the given language: reachable by SMS and WhatsApp too.
 */
export async function userWithPhone(type: 'BUYER' | 'VENDOR', fullName: string, preferredLanguage: 'EN' | 'HI' = 'EN'): Promise<Actor & { phone: string; email: string }> {
  const session = await signUp(type.toLowerCase());
  const phone = newPhone();
  const response = await fetch(`http://${env('REALSERV_EMULATOR_HOST')}/identitytoolkit.googleapis.com/v1/accounts:update?key=local-test`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
    body: JSON.stringify({ localId: session.firebaseUid, phoneNumber: phone }),
  });
  if (!response.ok) throw new Error(`setting the phone failed: ${await response.text()}`);
  const actor = new Actor(await signIn(session.email, session.password));
  const { register } = await actor.ok<{ register: { id: string } }>('mutation R($input: RegisterInput!) { register(input: $input) { id } }', {
    input: { fullName, type, preferredLanguage },
  });
  actor.userId = register.id;
  await actor.refreshToken();
  return Object.assign(actor, { phone, email: session.email });
}

/** Registers a push device for the actor; returns its FCM token. */
export async function withPushDevice(actor: Actor): Promise<string> {
  const token = `fcm-${randomUUID()}`;
  await actor.ok('mutation P($input: RegisterPushDeviceInput!) { registerPushDevice(input: $input) { id } }', {
    input: { deviceId: `device-${randomUUID().slice(0, 8)}`, token, platform: 'ANDROID' },
  });
  return token;
}

/** A KYC-approved vendor whose owner has a phone (WhatsApp), stocking `material`. */
export async function vendorWithPhone(material: StockedMaterial, businessName = 'Phone Traders') {
  const owner = await userWithPhone('VENDOR', 'Ravi Vendor');
  const vendor = await newVendor(businessName, owner);
  await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
    input: { items: [{ materialId: material.id, pricePaise: 40_000, stockQuantity: 100, minOrderQuantity: 1, leadTimeDays: 1 }] },
  });
  return Object.assign(vendor, { phone: owner.phone, email: owner.email });
}

/** An amount as the templates show it (platform's formatPaise: en-IN rupees). */
export const rupees = (paise: number) => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 }).format(paise / 100);

/**
 * Where a one-time code appears in clear: notifications rows of the given users (every text and
 * JSON column) and every service log of the test stack, as a number of its own. Other files' rows
 * and log lines are left out of the match, not the search: a 6-digit substring turns up by chance
 * in timestamps (pino's epoch milliseconds, PostgreSQL's microseconds) and request ids (0.25 % of
 * random codes in a full run's logs), while a leaked code stands alone ("123456 is your…",
 * `"otp":"123456"`).
 */
export async function whereCodeAppears(code: string, userIds: string[]): Promise<string[]> {
  if (!userIds.length || userIds.some((id) => !id)) throw new Error('whereCodeAppears needs the ids of the users to search');
  const alone = new RegExp(`(^|[^0-9.])${code}([^0-9]|$)`);
  const rows = await rowsOf<{ id: string; row: string }>('notifications', `select id, n::text as row from notifications n where user_id = any($1::uuid[])`, [userIds]);
  return [
    ...rows.filter((r) => alone.test(r.row)).map((r) => `notifications row ${r.id}`),
    ...stackLogs().filter((log) => alone.test(log.text)).map((log) => `log ${log.file}`),
  ];
}
