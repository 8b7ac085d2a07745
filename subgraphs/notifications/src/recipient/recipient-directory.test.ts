import type { PeerClient } from '@realserv/platform';
import { RecipientDirectory, VENDOR_CONTACT_TTL_MS } from './recipient-directory.js';

/** A vendors peer that answers from a table and counts its calls; identity answers with `users`. */
function directory() {
  let now = 1_000_000;
  const vendors = new Map([['v1', { id: 'v1', businessName: 'Balaji Traders', ownerUserId: 'u1' }]]);
  const users = new Map([['u1', { id: 'u1', fullName: 'Asha', email: null, phone: '+919800000001', preferredLanguage: 'EN', status: 'ACTIVE' }]]);
  const calls = { vendors: 0, identity: 0 };
  const peer = (answer: (variables: Record<string, unknown>) => unknown, name: keyof typeof calls) =>
    ({
      request: async (_document: unknown, variables: Record<string, unknown>) => {
        calls[name] += 1;
        return answer(variables);
      },
    }) as unknown as PeerClient;
  const dir = new RecipientDirectory(
    {
      vendors: peer((v) => ({ vendorContacts: (v.ids as string[]).flatMap((id) => (vendors.has(id) ? [vendors.get(id)!] : [])) }), 'vendors'),
      identity: peer((v) => ({ notificationRecipients: (v.ids as string[]).flatMap((id) => (users.has(id) ? [users.get(id)!] : [])) }), 'identity'),
      orders: peer(() => ({}), 'vendors'),
    },
    { now: () => now },
  );
  return { dir, calls, vendors, users, advance: (ms: number) => (now += ms) };
}

describe('vendor contacts are reused for a short while', () => {
  it('one call for a burst of events of one vendor, concurrent lookups included', async () => {
    const { dir, calls } = directory();
    const found = await Promise.all([dir.vendor('v1'), dir.vendor('v1'), dir.vendor('v1')]);
    expect(await dir.vendor('v1')).toEqual(found[0]);
    expect(found[0]).toMatchObject({ businessName: 'Balaji Traders', ownerUserId: 'u1' });
    expect(calls.vendors).toBe(1);
  });

  it('a changed business name shows once the contact is older than the TTL', async () => {
    const { dir, calls, vendors, advance } = directory();
    await dir.vendor('v1');
    vendors.set('v1', { id: 'v1', businessName: 'Balaji Building Supplies', ownerUserId: 'u1' });
    advance(VENDOR_CONTACT_TTL_MS + 1);
    expect(await dir.vendor('v1')).toMatchObject({ businessName: 'Balaji Building Supplies' });
    expect(calls.vendors).toBe(2);
  });

  it('a vendor not found is asked again next time (not remembered as missing)', async () => {
    const { dir, calls, vendors } = directory();
    expect(await dir.vendor('v2')).toBeNull();
    vendors.set('v2', { id: 'v2', businessName: 'New Vendor', ownerUserId: 'u2' });
    expect(await dir.vendor('v2')).toMatchObject({ businessName: 'New Vendor' });
    expect(calls.vendors).toBe(2);
  });
});

describe('recipients are never cached', () => {
  it('a user suspended after one event is seen as suspended by the next', async () => {
    const { dir, calls, users } = directory();
    expect((await dir.recipients(['u1'])).get('u1')).toMatchObject({ active: true });
    users.set('u1', { ...users.get('u1')!, status: 'SUSPENDED' });
    expect((await dir.recipients(['u1'])).get('u1')).toMatchObject({ active: false });
    expect(calls.identity).toBe(2);
  });
});
