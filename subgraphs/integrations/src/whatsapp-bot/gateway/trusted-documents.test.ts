import { readFileSync } from 'node:fs';
import * as operations from './generated/graphql.js';

/**
 * The gateway in `require` mode runs only documents of a trusted manifest. The bot sends each
 * operation's id (`__meta__.hash` of the typed document): every one must be in
 * the manifest generated beside them, which the gateway loads by default (gateway/src/config.ts).
 */
describe('the bot’s operations are trusted documents', () => {
  it('every document the bot sends has an id in generated/persisted-documents.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('./generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document')) as Array<[string, { __meta__?: { hash?: string } }]>;
    expect(documents.map(([name]) => name).sort()).toEqual(['BotConfirmOrderDocument', 'BotDispatchOrderDocument', 'BotEarningsDocument', 'BotRecentOrdersDocument', 'BotRejectOrderDocument', 'BotSetAvailabilityDocument', 'BotVendorDocument']);
    for (const [name, document] of documents) expect([name, manifest[document.__meta__?.hash ?? '']]).toEqual([name, expect.stringContaining(name.replace(/Document$/, ''))]);
  });
});
