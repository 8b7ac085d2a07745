import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { newBuyer } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { rowsOf } from '../harness/subgraph-db.js';
import { stackLogs } from '../harness/stack-logs.js';

const subgraphUrls = () => JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const gatewayEnv = () => JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;

/** Every service's log of this test run, as one text. */
function allLogs(): string {
  return stackLogs()
    .map((log) => log.text)
    .join('\n');
}

const REQUEST_UPLOAD = `mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl } }`;

describe('logs hold no secrets and no personal data', () => {
  it('webhook signatures, signed upload URLs, GET variables and failed SQL rows are not logged; nor are service keys', async () => {
    const phone = `+9198${String(randomInt(10_000_000, 99_999_999))}`;
    const street = `${randomInt(100, 999)} Leakcheck Cross Road`;
    const marker = `log-hygiene-${randomUUID()}`;
    const ids = { webhook: `${marker}-webhook`, upload: `${marker}-upload`, get: `${marker}-get` };

    // 1. A Razorpay webhook with a signature (the logs used to keep every signature in full).
    const signature = randomBytes(32).toString('hex');
    const webhook = await fetch(new URL('/webhooks/razorpay', subgraphUrls().payments!), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-razorpay-signature': signature, 'x-razorpay-event-id': `evt_${randomBytes(6).toString('hex')}`, 'x-request-id': ids.webhook },
      body: JSON.stringify({ event: 'payment.captured', payload: {} }),
    });
    expect(webhook.status).toBe(400);

    // 2. A signed upload URL, used (valid for minutes and able to write the file).
    const vendor = await newVendor();
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(991, 0x20)]);
    const { requestUpload } = await vendor.ok<{ requestUpload: { uploadUrl: string } }>(REQUEST_UPLOAD, {
      input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: body.length },
    });
    const uploadSignature = new URL(requestUpload.uploadUrl).searchParams.get('sig');
    expect(uploadSignature).toBeTruthy();
    const put = await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf', 'x-request-id': ids.upload }, body });
    expect(put.status).toBe(200);

    // 3. A GraphQL GET whose variables carry a phone number.
    const buyer = await newBuyer();
    const get = new URL(gatewayUrl());
    get.searchParams.set('query', 'query Lookup($slug: String) { category(slug: $slug) { id } }');
    get.searchParams.set('variables', JSON.stringify({ slug: phone }));
    const getResponse = await fetch(get, { headers: { authorization: `Bearer ${buyer.token}`, 'apollo-require-preflight': 'true', 'x-request-id': ids.get } });
    expect(getResponse.status).toBe(200);

    // 4. A failing SQL statement with an address and a phone number (PostgreSQL logs failures).
    await expect(
      rowsOf(
        'identity',
        `insert into delivery_addresses (id, user_id, contact_name, contact_phone, line1, city, state, pincode, created_at, updated_at)
         values ($1, $2, 'Leak Check', $3, $4, 'Bengaluru', 'Karnataka', '560066', now(), now())`,
        [randomUUID(), randomUUID(), phone, street],
      ),
    ).rejects.toThrow(/not-null/);
    // A marker error after it: once this is in the log, so is everything before it.
    await expect(rowsOf('identity', `select 1 from "${marker}"`)).rejects.toThrow(/does not exist/);

    // The requests above have been logged (by id) before the logs are searched.
    const logs = await eventually(
      async () => {
        const text = allLogs();
        return [...Object.values(ids), marker].every((id) => text.includes(id)) ? text : null;
      },
      { what: 'the request and database log lines of this test' },
    );

    const secrets: Record<string, string> = {
      'razorpay webhook signature': signature,
      'upload URL signature': uploadSignature!,
      'phone number': phone,
      'phone number (digits)': phone.slice(3),
      'street address': street,
      'buyer ID token': buyer.token,
    };
    for (const [name, value] of Object.entries(gatewayEnv())) {
      if (name.endsWith('_CALLER_KEY')) secrets[name] = value;
    }
    const leaked = Object.entries(secrets)
      .filter(([, value]) => logs.includes(value))
      .map(([name]) => name);
    expect(leaked).toEqual([]);
  });
});
