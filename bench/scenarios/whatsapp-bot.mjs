// whatsapp-bot: the vendors' WhatsApp bot under concurrent conversations. Each conversation is one
// linked vendor (a number links to one vendor user and a vendor user links one number, so 50
// conversations are 50 onboarded vendors), chatting through the local Graph API server's inbound
// route (a signed webhook to notifications, as Meta sends it) the way a person does: the next
// message once the reply has arrived. A round is: status of one of its orders, orders, earnings, help,
// confirm that order, yes. Latency: the inbound POST (before the signed webhook leaves) → the bot's
// reply accepted by the local server (its `sentAt`), so it covers webhook, outbox relay, pg-boss,
// the bot's gateway calls as the vendor user and the Cloud API send.
import { randomUUID } from 'node:crypto';
import { buyerWithAddress, cement, gql, inParallel, onboardedVendor, placeOrderInput, updateInventory } from './actors.mjs';
import { cpuBetween, sampleCpu } from './process-cpu.mjs';
import { LATENCY_COLUMNS, pct, round, sleep } from './stats.mjs';

const CONVERSATIONS = Math.min(Number(process.env.BENCH_BOT_CONVERSATIONS ?? 50), Number(process.env.BENCH_MAX_CONNECTIONS ?? Infinity));
const ROUNDS = Number(process.env.BENCH_BOT_ROUNDS ?? 2);
const REPLY_TIMEOUT_MS = Number(process.env.BENCH_BOT_REPLY_TIMEOUT_MS ?? 60_000);
const POLL_MS = 20;

const randomPhone = () => `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const suffix = (i) => `${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

const messagesTo = async (env, phone, after) =>
  (await json(`${env.whatsappUrl}/_local/whatsapp/messages?${new URLSearchParams({ to: phone, ...(after ? { after } : {}) })}`)).messages;

/** Links `phone` to the vendor as the vendor web does: requestWhatsAppLink, the code from the WhatsApp template, confirmWhatsAppLink. */
async function link(env, vendor, phone) {
  await gql(env.gatewayUrl, 'mutation L($phone: String!) { requestWhatsAppLink(phone: $phone) { phone } }', { phone }, vendor.token);
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  for (;;) {
    const template = (await messagesTo(env, phone)).find((m) => m.type === 'template' && m.template?.name === 'realserv_link_code');
    if (template) {
      await gql(env.gatewayUrl, 'mutation C($code: String!) { confirmWhatsAppLink(code: $code) { linkedAt } }', { code: template.template.parameters[0] }, vendor.token);
      return;
    }
    if (Date.now() > deadline) throw new Error(`whatsapp-bot: no link code reached ${phone}`);
    await sleep(100);
  }
}

/** The script of one round about `orderNumber`, with what each reply must contain (whatever language the bot answers in). */
const script = (orderNumber) => [
  { intent: 'status', text: `status ${orderNumber}`, expect: orderNumber },
  { intent: 'orders', text: 'orders', expect: orderNumber },
  { intent: 'earnings', text: 'earnings', expect: '₹' },
  { intent: 'help', text: 'help', expect: 'RealServ' },
  { intent: 'confirm', text: `confirm ${orderNumber}`, expect: orderNumber },
  { intent: 'yes', text: 'yes', expect: orderNumber },
];

export const whatsappBot = {
  name: 'whatsapp-bot',
  description: `${CONVERSATIONS} linked vendors chat with the WhatsApp bot at once (${ROUNDS} rounds of status, orders, earnings, help, confirm → yes; next message after the reply) through the local Graph API server's signed inbound webhook; inbound POST → reply accepted by the local server`,
  prepare: async (env) => {
    if (!env.whatsappUrl) throw new Error('whatsapp-bot needs the local WhatsApp server: a fresh stack, or BENCH_WHATSAPP_URL with BENCH_GATEWAY_URL');
    const material = await cement(env);
    // One buyer per five vendors places the vendors' orders (COD: PLACED, so confirmable).
    const buyers = await inParallel(Math.ceil(CONVERSATIONS / 5), 5, (i) => buyerWithAddress(env, 200 + i));
    const vendors = await inParallel(CONVERSATIONS, 5, async (i) => {
      const vendor = await onboardedVendor(env, `Bench Bot Traders ${suffix(i)}`);
      await updateInventory(env, vendor, [{ materialId: material.id, pricePaise: 40_000, stockQuantity: 1_000_000, minOrderQuantity: 1, leadTimeDays: 1 }]);
      const phone = randomPhone();
      await link(env, vendor, phone);
      const buyer = buyers[Math.floor(i / 5)];
      const orders = [];
      for (let r = 0; r < ROUNDS; r++) {
        const { placeOrder } = await gql(
          env.gatewayUrl,
          'mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNumber } }',
          placeOrderInput(vendor.vendorId, buyer.addressId, material.id, 1, 'COD', randomUUID()),
          buyer.token,
        );
        orders.push(placeOrder);
      }
      return { vendor, phone, orders };
    });
    return { env, vendors };
  },
  columns: [
    ['intent', (r) => r.intent],
    ['messages', (r) => r.messages],
    ['msgs/s', (r) => r.perSecond],
    ['webhook ack p50 ms', (r) => r.ackP50],
    ...LATENCY_COLUMNS,
    ['errors', (r) => r.errors],
  ],
  custom: async ({ env, vendors }) => {
    const samples = [];
    const failures = [];
    const cpuBefore = sampleCpu();
    const started = Date.now();
    await Promise.all(
      vendors.map(async ({ phone, orders }) => {
        let last = (await messagesTo(env, phone)).at(-1)?.id;
        for (const { orderNumber } of orders) {
          for (const step of script(orderNumber)) {
            const sent = Date.now();
            try {
              const { statuses } = await json(`${env.whatsappUrl}/_local/whatsapp/inbound`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ from: phone, text: step.text }),
              });
              const acked = Date.now();
              if (statuses.some((s) => s !== 200)) throw new Error(`webhook answered ${statuses.join(',')}`);
              let reply;
              while (!reply) {
                const after = await messagesTo(env, phone, last);
                reply = after.find((m) => m.type === 'text');
                if (reply) break;
                if (Date.now() - sent > REPLY_TIMEOUT_MS) throw new Error('no reply');
                await sleep(POLL_MS);
              }
              last = reply.id;
              const ok = reply.text?.includes(step.expect) ?? false;
              samples.push({ intent: step.intent, ms: Date.parse(reply.sentAt) - sent, ackMs: acked - sent, ok });
              if (!ok) failures.push(`${phone} "${step.text}" → "${reply.text?.slice(0, 120)}"`);
            } catch (error) {
              samples.push({ intent: step.intent, ms: NaN, ackMs: NaN, ok: false });
              failures.push(`${phone} "${step.text}": ${error.message}`);
            }
          }
        }
      }),
    );
    const wallSeconds = (Date.now() - started) / 1000;
    const cpuAfter = sampleCpu();
    // What the API holds: every order of the run confirmed (once; a second yes finds no open flow).
    const statuses = await inParallel(vendors.length, 10, async (i) =>
      Promise.all(vendors[i].orders.map(async (o) => (await gql(env.gatewayUrl, 'query O($id: ID!) { order(id: $id) { status } }', { id: o.id }, vendors[i].vendor.token)).order.status)),
    );
    const notConfirmed = statuses.flat().filter((s) => s !== 'CONFIRMED').length;
    const cpu = cpuBetween(cpuBefore, cpuAfter).map((p) => ({ process: p.name, cpuSeconds: round(p.seconds, 2), cores: round(p.seconds / wallSeconds, 2) }));
    const row = (intent, list) => {
      const lat = list.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
      const acks = list.filter((s) => s.ok).map((s) => s.ackMs).sort((a, b) => a - b);
      return {
        intent,
        messages: list.length,
        perSecond: round(list.length / wallSeconds),
        ackP50: round(pct(acks, 50)),
        p50: round(pct(lat, 50)),
        p95: round(pct(lat, 95)),
        p99: round(pct(lat, 99)),
        max: round(lat.at(-1) ?? NaN),
        errors: list.filter((s) => !s.ok).length,
        requests: list.length,
      };
    };
    const intents = [...new Set(samples.map((s) => s.intent))];
    const rows = [row('all', samples), ...intents.map((i) => row(i, samples.filter((s) => s.intent === i)))];
    rows[0].errors += notConfirmed;
    const report = [
      `${vendors.length} conversations, ${samples.length} messages in ${round(wallSeconds, 2)} s; ${failures.length} unexpected replies; orders confirmed ${statuses.flat().length - notConfirmed}/${statuses.flat().length}`,
      ...failures.slice(0, 10),
      `CPU per process over the run (cores): ${cpu.filter((p) => p.cpuSeconds > 0).map((p) => `${p.process} ${p.cores}`).join(', ')}`,
    ];
    return { rows, report, settings: { conversations: vendors.length, rounds: ROUNDS, pollMs: POLL_MS }, wallSeconds: round(wallSeconds, 2), cpu };
  },
};
