import { AddAddressDocument, MeDocument, MyAddressesDocument, RegisterDocument } from '@realserv/clients/buyer-app';
import { newSignedInUser } from '../harness/actors.js';

describe('the buyer app through its generated, typed SDK', () => {
  it('signs up, registers, adds an address and lists it', async () => {
    const buyer = await newSignedInUser('typed');
    const { register } = await buyer.ok(RegisterDocument, { input: { fullName: 'Typed Client', preferredLanguage: 'KN' } });
    expect(register.preferredLanguage).toBe('KN');
    await buyer.refreshToken();

    const { addAddress } = await buyer.ok(AddAddressDocument, {
      input: {
        label: 'New house',
        contactName: 'Typed Client',
        contactPhone: '+919900112233',
        line1: '7 Temple Street',
        city: 'Mysuru',
        state: 'Karnataka',
        pincode: '570001',
      },
    });
    const { myAddresses } = await buyer.ok(MyAddressesDocument);
    expect(myAddresses.map((a) => [a.id, a.isDefault, a.pincode])).toEqual([[addAddress.id, true, '570001']]);
    const { me } = await buyer.ok(MeDocument);
    expect(me?.buyerProfile?.id).toEqual(expect.any(String));
  });
});
