// Set-up helpers for the signed-in scenarios: Firebase Auth emulator accounts, registration,
// a stocked vendor and buyers with an address. The same calls the e2e harness makes
// (tests/harness/auth.ts, actors.ts, vendors.ts, tests/orders/order-helpers.ts), in plain ESM.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';

export const DEFAULT_PROJECT_ID = 'demo-realserv';

/** A delivery site in Bengaluru, within the demo tariff's service radius. */
export const BENGALURU_SITE = {
  label: 'Site',
  contactName: 'Site Engineer',
  contactPhone: '+919845012345',
  line1: 'Plot 7, ITPL Main Road',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560066',
  latitude: 12.9856,
  longitude: 77.7362,
};

/** POSTs one GraphQL operation and returns its data; GraphQL errors and non-2xx throw. */
export async function gql(gatewayUrl, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`gateway ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok || json.errors?.length) throw new Error(`gateway ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

/** True when a response body is a GraphQL result without errors (autocannon's verifyBody). */
export function graphqlOk(body) {
  try {
    const json = JSON.parse(body);
    return !!json.data && !json.errors?.length;
  } catch {
    return false;
  }
}

function requireEnv({ gatewayUrl, emulatorHost }) {
  if (!gatewayUrl) throw new Error('no gateway URL');
  if (!emulatorHost) throw new Error('this scenario signs users up in the Firebase Auth emulator: set BENCH_EMULATOR_HOST when using BENCH_GATEWAY_URL');
}

async function emulator(emulatorHost, path, body) {
  const response = await fetch(`http://${emulatorHost}/identitytoolkit.googleapis.com/v1/${path}?key=local-bench`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`Auth emulator ${path} failed: ${JSON.stringify(json)}`);
  return json;
}

async function signIn(env, user) {
  const json = await emulator(env.emulatorHost, 'accounts:signInWithPassword', { email: user.email, password: user.password, returnSecureToken: true });
  user.token = String(json.idToken);
}

/** Signs up, registers as `type`, and signs in again so the token carries the role claims. */
export async function newRegisteredUser(env, type, fullName) {
  requireEnv(env);
  const email = `bench-${type.toLowerCase()}-${randomUUID().slice(0, 12)}@bench.realserv.test`;
  const password = `pw-${randomUUID()}`;
  const json = await emulator(env.emulatorHost, 'accounts:signUp', { email, password, returnSecureToken: true });
  const user = { email, password, firebaseUid: String(json.localId), token: String(json.idToken), userId: null };
  // The emulator stamps a new account's auth_time before hashing the password and its validSince
  // after; when that crosses a second boundary (a busy machine), firebase-admin (which checks
  // revocation for every emulator token) refuses the sign-up token as revoked. A sign-in token's
  // auth_time is never before validSince.
  await signIn(env, user);
  const data = await gql(env.gatewayUrl, 'mutation Register($input: RegisterInput!) { register(input: $input) { id type } }', { input: { fullName, type } }, user.token);
  user.userId = data.register.id;
  await signIn(env, user);
  return user;
}

function adminAuth(env) {
  // firebase-admin talks to the emulator when this is set (read when the Auth client is created).
  process.env.FIREBASE_AUTH_EMULATOR_HOST = env.emulatorHost;
  const app = getApps().find((a) => a.name === 'bench') ?? initializeApp({ projectId: env.projectId ?? DEFAULT_PROJECT_ID }, 'bench');
  return getAuth(app);
}

/** The seeded cement ("UltraTech OPC 53"). */
export async function cement(env) {
  const data = await gql(env.gatewayUrl, '{ materials(filter: { search: "ultratech opc 53" }, page: { limit: 1 }) { items { id name basePrice { paise } } } }');
  const material = data.materials.items[0];
  if (!material) throw new Error('the seeded cement "ultratech opc 53" was not found: is the demo seed loaded?');
  return material;
}

/**
 * A new vendor (a VENDOR user with a vendorId claim, as vendor onboarding will set) stocking the
 * seeded cement with a stock no run can exhaust.
 */
export async function stockedVendor(env, { stock = 10_000_000, pricePaise = 40_000 } = {}) {
  const material = await cement(env);
  const vendor = await newRegisteredUser(env, 'VENDOR', 'Bench Vendor');
  vendor.vendorId = randomUUID();
  const auth = adminAuth(env);
  const existing = (await auth.getUser(vendor.firebaseUid)).customClaims ?? {};
  await auth.setCustomUserClaims(vendor.firebaseUid, { ...existing, roles: ['VENDOR'], userId: vendor.userId, vendorId: vendor.vendorId });
  await signIn(env, vendor);
  await gql(
    env.gatewayUrl,
    'mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }',
    { input: { items: [{ materialId: material.id, pricePaise, stockQuantity: stock, minOrderQuantity: 1, leadTimeDays: 1 }] } },
    vendor.token,
  );
  return { vendor, material };
}

/** A registered buyer with one saved delivery address. */
export async function buyerWithAddress(env, i) {
  // Names are letters, spaces, dots, apostrophes and hyphens only: buyer 27 is "Bench Buyer Bb".
  const suffix = `${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}`;
  const buyer = await newRegisteredUser(env, 'BUYER', `Bench Buyer ${suffix}`);
  const data = await gql(env.gatewayUrl, 'mutation A($input: AddAddressInput!) { addAddress(input: $input) { id } }', { input: BENGALURU_SITE }, buyer.token);
  buyer.addressId = data.addAddress.id;
  return buyer;
}

export function placeOrderInput(vendorId, addressId, materialId, quantity, paymentMethod, idempotencyKey = randomUUID()) {
  return { input: { vendorId, deliveryAddressId: addressId, paymentMethod, idempotencyKey, items: [{ kind: 'MATERIAL', refId: materialId, quantity }] } };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` at a time; results in order. */
export async function inParallel(count, concurrency, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
