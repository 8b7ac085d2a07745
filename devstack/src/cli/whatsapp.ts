import { createInterface } from 'node:readline/promises';
import { LOCAL_INBOXES, localInboxUrl } from '../local-inboxes.js';

/**
 * `npm run whatsapp -- --as +919812345678`: chat with the vendor bot from the terminal. Each line
 * you type goes to the local Graph API server's `/_local/whatsapp/inbound`, which sends it to
 * notifications' webhook signed as Meta does; the bot's replies are polled from
 * `/_local/whatsapp/messages` and printed. The server's URL is the running stack's (runner.lock).
 * `--as` is the phone you play: link it first (requestWhatsAppLink, then "LINK <code>" here).
 */
const args = process.argv.slice(2);
const as = args[args.indexOf('--as') + 1];
if (!args.includes('--as') || !as || !/^\+?[1-9]\d{7,14}$/.test(as)) {
  process.stderr.write('usage: npm run whatsapp -- --as +9198XXXXXXXX\n');
  process.exit(2);
}
const base = localInboxUrl('whatsapp', LOCAL_INBOXES.whatsapp!);
const phone = as.startsWith('+') ? as : `+${as}`;

interface Sent {
  id: string;
  type: string;
  text: string | null;
  template: { name: string; parameters: string[] } | null;
  choices: Array<{ id: string; title: string }> | null;
}

async function messages(after: string | undefined): Promise<Sent[]> {
  const query = new URLSearchParams({ to: phone, ...(after ? { after } : {}) });
  const response = await fetch(`${base}/_local/whatsapp/messages?${query}`);
  if (!response.ok) throw new Error(`${base} answered HTTP ${response.status}`);
  return ((await response.json()) as { messages: Sent[] }).messages;
}

let last = (await messages(undefined).catch((error: Error) => {
  process.stderr.write(`The local WhatsApp server is not reachable at ${base} (is \`npm start\` running?): ${error.message}\n`);
  process.exit(1);
})).at(-1)?.id;

const print = (m: Sent) => {
  const body = m.text ?? (m.template ? `[template ${m.template.name}] ${m.template.parameters.join(' | ')}` : `[${m.type}]`);
  const choices = m.choices?.length ? `\n   ${m.choices.map((c) => `[${c.title}]`).join(' ')}` : '';
  process.stdout.write(`bot › ${body.replace(/\n/g, '\n      ')}${choices}\n`);
};

// Replies arrive from the queue a moment after the webhook: poll in the background.
const poll = setInterval(() => {
  void messages(last)
    .then((fresh) => {
      for (const m of fresh) print(m);
      if (fresh.length) last = fresh.at(-1)!.id;
    })
    .catch(() => undefined);
}, 300);

process.stdout.write(`Chatting with the RealServ bot as ${phone} through ${base} (Ctrl-D to quit).\n`);
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you › ' });
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (text) {
    const response = await fetch(`${base}/_local/whatsapp/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: phone, text }) });
    if (!response.ok) process.stderr.write(`not sent: HTTP ${response.status} ${await response.text()}\n`);
  }
  rl.prompt();
}
clearInterval(poll);
