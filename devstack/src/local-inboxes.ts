import { join } from 'node:path';
import { runningHolder } from './lock.js';
import { REPO_ROOT } from './services.js';

type Item = Record<string, unknown>;

/**
 * One local provider whose messages `npm run inbox -- <name>` shows. Each channel's local server
 * serves a JSON list of what it received; a row here says where and how to print it.
 * To add a channel (SMS, WhatsApp): add a row, and have stack.ts record its URL under the same
 * name (`lock.recordLocalUrls({ <name>: url })`).
 */
export interface LocalInbox {
  /** Where `npm start` serves it (its fixed port); a URL recorded in runner.lock wins. */
  defaultUrl: string;
  /** The JSON list (oldest first), relative to the URL. */
  listPath: string;
  /** Where the items are in the list's JSON (default: it is the array), e.g. `(body) => body.messages`. */
  itemsOf?(body: unknown): Item[];
  /** One item as JSON, relative to the URL. */
  itemPath(id: string): string;
  /** A page to open in a browser, relative to the URL, if the server has one. */
  pagePath?: string;
  /** One line per item of the list. */
  summary(item: Item): string;
  /** Everything about one item. */
  detail(item: Item): string;
}

export const LOCAL_INBOXES: Record<string, LocalInbox> = {
  // The local SMTP catcher (subgraphs/notifications/src/channels/email/local): SMTP on 2525.
  mail: {
    defaultUrl: 'http://127.0.0.1:4110',
    listPath: '/_local/mail',
    itemPath: (id) => `/_local/mail/${encodeURIComponent(id)}`,
    pagePath: '/',
    summary: (m) => `${text(m.id)}  ${time(m.receivedAt)}  ${list(m.to).padEnd(28)}  ${text(m.subject)}`,
    detail: (m) => {
      const headers = (m.headers ?? {}) as Record<string, string>;
      return [
        `From:      ${text(m.from)}`,
        `Reply-To:  ${text(m.replyTo)}`,
        `To:        ${list(m.to)}`,
        `Subject:   ${text(m.subject)}`,
        `Date:      ${text(m.date)}`,
        `Reference: ${headers['x-realserv-notification'] ?? ''}`,
        '',
        '--- text part ---',
        text(m.text),
        '--- html part ---',
        text(m.html),
      ].join('\n');
    },
  },
  // The local Twilio-compatible server (subgraphs/notifications/src/channels/sms/local).
  sms: {
    defaultUrl: 'http://127.0.0.1:4111',
    listPath: '/_local/sms',
    itemPath: (id) => `/_local/sms/${encodeURIComponent(id)}`,
    summary: (m) => `${text(m.sid)}  ${time(m.dateCreated)}  ${text(m.to).padEnd(15)}  ${text(m.status).padEnd(11)}  ${text(m.body).replace(/\s+/g, ' ').slice(0, 60)}`,
    detail: (m) =>
      [
        `To:              ${text(m.to)}`,
        `From (header):   ${text(m.from)}`,
        `DLT template id: ${text(m.dltTemplateId)}`,
        `DLT entity id:   ${text(m.dltEntityId)}`,
        `Status:          ${text(m.status)}${m.errorCode ? ` (error ${text(m.errorCode)})` : ''}`,
        `Created:         ${text(m.dateCreated)}`,
        '',
        text(m.body),
      ].join('\n'),
  },
  // The local WhatsApp Cloud API server (subgraphs/notifications/src/channels/whatsapp/local).
  whatsapp: {
    defaultUrl: 'http://127.0.0.1:4112',
    listPath: '/_local/whatsapp/messages',
    itemsOf: (body) => (body as { messages: Item[] }).messages,
    itemPath: (id) => `/_local/whatsapp/messages/${encodeURIComponent(id)}`,
    summary: (m) => `${text(m.id).slice(0, 24)}  ${time(m.sentAt)}  ${text(m.to).padEnd(15)}  ${text(m.status).padEnd(9)}  ${whatsappLine(m)}`,
    detail: (m) =>
      [
        `To:      ${text(m.to)}`,
        `Type:    ${text(m.type)}`,
        `Status:  ${text(m.status)}${m.error ? ` (${JSON.stringify(m.error)})` : ''}`,
        `Sent:    ${text(m.sentAt)}`,
        '',
        whatsappLine(m),
      ].join('\n'),
  },
};

function whatsappLine(m: Item): string {
  const template = m.template as { name: string; language: string; parameters: string[] } | null;
  return template ? `template ${template.name} (${template.language}): ${template.parameters.join(' | ')}` : text(m.text);
}

/** The URL of a local provider: the one the running stack recorded, else the fixed `npm start` one. */
export function localInboxUrl(name: string, inbox: LocalInbox, dataDir = defaultDataDir()): string {
  return runningHolder(dataDir)?.localUrls?.[name] ?? inbox.defaultUrl;
}

export function defaultDataDir(): string {
  return process.env.REALSERV_DATA_DIR ?? join(REPO_ROOT, '.data', 'local');
}

/**
 * `npm run inbox -- <name> [id] [--json]`: prints what a local provider received (one line each,
 * oldest first) or one message in full. Returns the exit code.
 */
export async function printInbox(args: string[], out: (text: string) => void, dataDir = defaultDataDir()): Promise<number> {
  const json = args.includes('--json');
  const [name, id] = args.filter((a) => a !== '--json');
  const inbox = name ? LOCAL_INBOXES[name] : undefined;
  if (!name || !inbox) {
    out(`Usage: npm run inbox -- <${Object.keys(LOCAL_INBOXES).join('|')}> [id] [--json]\n`);
    return 2;
  }
  const base = localInboxUrl(name, inbox, dataDir);
  const url = `${base}${id ? inbox.itemPath(id) : inbox.listPath}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    out(`Nothing answers at ${base}: is RealServ running (npm start)?\n`);
    return 1;
  }
  if (!response.ok) {
    out(`${url} answered ${response.status}: ${await response.text()}\n`);
    return 1;
  }
  const body = (await response.json()) as unknown;
  if (json) out(`${JSON.stringify(body, null, 2)}\n`);
  else if (id) out(`${inbox.detail(body as Item)}\n`);
  else {
    const items = inbox.itemsOf ? inbox.itemsOf(body) : (body as Item[]);
    out(`${items.length} ${name} message(s) at ${base}${inbox.pagePath ? ` (open ${base}${inbox.pagePath} in a browser)` : ''}\n`);
    for (const item of items) out(`${inbox.summary(item)}\n`);
  }
  return 0;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function list(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : text(value);
}

function time(value: unknown): string {
  return text(value).replace('T', ' ').slice(0, 19);
}
