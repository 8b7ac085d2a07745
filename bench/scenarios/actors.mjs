// Set-up helpers for the signed-in scenarios: Firebase Auth emulator accounts, registration,
// vendors onboarded and approved through the API, and buyers with an address. The same calls the e2e harness makes
// (tests/harness/auth.ts, actors.ts, vendors.ts, tests/orders/order-helpers.ts), in plain ESM.
import { randomUUID } from 'node:crypto';

/** A delivery site in Bengaluru, within the demo tariff's service radius. */
const BENGALURU_SITE = {
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

async function emulator(emulatorHost, path, body, headers = {}) {
  const response = await fetch(`http://${emulatorHost}/identitytoolkit.googleapis.com/v1/${path}?key=local-bench`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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

/**
 * Signs up, registers as `type`, and signs in again so the token carries the role claims. With
 * `phone` (E.164) the account gets that phone number first (the emulator's admin `accounts:update`),
 * so the user has one in identity (SMS and WhatsApp notifications).
 */
export async function newRegisteredUser(env, type, fullName, { phone } = {}) {
  requireEnv(env);
  const email = `bench-${type.toLowerCase()}-${randomUUID().slice(0, 12)}@bench.realserv.test`;
  const password = `pw-${randomUUID()}`;
  const json = await emulator(env.emulatorHost, 'accounts:signUp', { email, password, returnSecureToken: true });
  const user = { email, password, firebaseUid: String(json.localId), token: String(json.idToken), userId: null };
  if (phone) await emulator(env.emulatorHost, 'accounts:update', { localId: user.firebaseUid, phoneNumber: phone }, { authorization: 'Bearer owner' });
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

/** The seeded cement ("UltraTech OPC 53"). */
export async function cement(env) {
  const data = await gql(env.gatewayUrl, '{ materials(filter: { search: "ultratech opc 53" }, page: { limit: 1 }) { items { id name basePrice { paise } } } }');
  const material = data.materials.items[0];
  if (!material) throw new Error('the seeded cement "ultratech opc 53" was not found: is the demo seed loaded?');
  return material;
}

/** The demo seed's admin (subgraphs/identity/src/demo-users.ts); override for another stack. */
const SEEDED_ADMIN = {
  email: process.env.BENCH_ADMIN_EMAIL ?? 'admin@realserv.test',
  password: process.env.BENCH_ADMIN_PASSWORD ?? 'RealServ-admin-1',
};
const adminSessions = new Map();

/** The seeded admin, signed in once per gateway (an emulator ID token lasts an hour). */
function seededAdmin(env) {
  if (!adminSessions.has(env.gatewayUrl)) {
    const admin = { ...SEEDED_ADMIN };
    adminSessions.set(env.gatewayUrl, signIn(env, admin).then(() => admin));
  }
  return adminSessions.get(env.gatewayUrl);
}

const PAN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = () => PAN_CHARS[10 + Math.floor(Math.random() * 26)];

/** A random valid PAN (a firm) and the matching Karnataka GSTIN with the GSTN check character (as tests/harness/vendors.ts). */
function businessIds() {
  const pan = `${letter()}${letter()}${letter()}F${letter()}${String(Math.floor(Math.random() * 9000) + 1000)}${letter()}`;
  const first14 = `29${pan}1Z`;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = PAN_CHARS.indexOf(first14[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return { pan, gstin: first14 + PAN_CHARS[(36 - (sum % 36)) % 36] };
}

/** The vendors' depot: next to BENGALURU_SITE, well inside its 30 km service radius. */
const DEPOT = { line1: '3 ITPL Main Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066', latitude: 12.9856, longitude: 77.7362 };

/** Uploads one small PDF through the media API (requestUpload → PUT → confirmUpload); returns its id. */
async function uploadPdf(env, user, purpose = 'KYC_DOCUMENT') {
  const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(503, 0x20)]);
  const { requestUpload } = await gql(
    env.gatewayUrl,
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }',
    { input: { purpose, contentType: 'application/pdf', sizeBytes: body.length } },
    user.token,
  );
  const put = await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body });
  if (put.status !== 200) throw new Error(`KYC upload failed: ${put.status} ${(await put.text()).slice(0, 200)}`);
  await gql(env.gatewayUrl, 'mutation C($id: ID!) { confirmUpload(mediaId: $id) { id } }', { id: requestUpload.media.id }, user.token);
  return requestUpload.media.id;
}

/**
 * A vendor as the product makes one (tests/harness/vendors.ts newVendor): a VENDOR user onboards
 * a business (which sets the vendorId claim, read after a fresh sign-in), uploads and submits its
 * three KYC documents, and the seeded admin approves it, so it is ACTIVE and accepting orders.
 */
export async function onboardedVendor(env, businessName = 'Bench Traders', { phone, businessAddress = DEPOT } = {}) {
  const [vendor, admin] = await Promise.all([newRegisteredUser(env, 'VENDOR', 'Bench Vendor', { phone }), seededAdmin(env)]);
  const { pan, gstin } = businessIds();
  const { onboardVendor } = await gql(
    env.gatewayUrl,
    'mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }',
    { input: { businessName, gstin, pan, businessAddress, serviceRadiusKm: 30 } },
    vendor.token,
  );
  vendor.vendorId = onboardVendor.id;
  await signIn(env, vendor);
  const [gst, panCard, bank] = await Promise.all([uploadPdf(env, vendor), uploadPdf(env, vendor), uploadPdf(env, vendor)]);
  const documents = [
    { type: 'GSTIN_CERTIFICATE', mediaId: gst },
    { type: 'PAN_CARD', mediaId: panCard },
    { type: 'BANK_PROOF', mediaId: bank },
  ];
  await gql(env.gatewayUrl, 'mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id } }', { input: { documents } }, vendor.token);
  await gql(env.gatewayUrl, 'mutation A($id: ID!) { approveKyc(vendorId: $id) { id } }', { id: vendor.vendorId }, admin.token);
  return vendor;
}

/** An onboarded, approved vendor stocking the seeded cement with a stock no run can exhaust. */
export async function stockedVendor(env, { stock = 10_000_000, pricePaise = 40_000 } = {}) {
  const [material, vendor] = await Promise.all([cement(env), onboardedVendor(env)]);
  await updateInventory(env, vendor, [{ materialId: material.id, pricePaise, stockQuantity: stock, minOrderQuantity: 1, leadTimeDays: 1 }]);
  return { vendor, material };
}

/** Sets a vendor's stock and prices (UpdateInventoryInput items) through updateMyInventory. */
export async function updateInventory(env, vendor, items) {
  await gql(env.gatewayUrl, 'mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', { input: { items } }, vendor.token);
}

/** A registered buyer with one saved delivery address (`site`, the Bengaluru one by default). */
export async function buyerWithAddress(env, i, site = BENGALURU_SITE) {
  // Names are letters, spaces, dots, apostrophes and hyphens only: buyer 27 is "Bench Buyer Bb".
  const suffix = `${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}`;
  const buyer = await newRegisteredUser(env, 'BUYER', `Bench Buyer ${suffix}`);
  const data = await gql(env.gatewayUrl, 'mutation A($input: AddAddressInput!) { addAddress(input: $input) { id } }', { input: site }, buyer.token);
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
