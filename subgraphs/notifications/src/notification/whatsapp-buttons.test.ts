import { replyButtonsFor } from './whatsapp-buttons.js';

describe('replyButtonsFor', () => {
  const variables = { recipientName: 'Ravi', orderNumber: 'RS-2612-000123', amount: '₹1,200', paymentMethod: 'COD' };

  it('gives a new order to a vendor Confirm and Reject buttons whose ids are the bot commands', () => {
    expect(replyButtonsFor('ORDER_PLACED_VENDOR', 'en', variables)).toEqual([
      { id: 'confirm RS-2612-000123', title: 'Confirm' },
      { id: 'reject RS-2612-000123', title: 'Reject' },
    ]);
  });

  it('titles the buttons in Hindi for a Hindi vendor, within Meta\'s 20 characters', () => {
    const buttons = replyButtonsFor('ORDER_PLACED_VENDOR', 'hi', variables)!;
    expect(buttons.map((b) => b.id)).toEqual(['confirm RS-2612-000123', 'reject RS-2612-000123']);
    expect(buttons[0]!.title).not.toBe('Confirm');
    for (const b of buttons) expect([...b.title].length).toBeLessThanOrEqual(20);
  });

  it('other kinds, or a vendor order without a number, have no buttons', () => {
    expect(replyButtonsFor('ORDER_PLACED_BUYER', 'en', variables)).toBeNull();
    expect(replyButtonsFor('ORDER_PLACED_VENDOR', 'en', { ...variables, orderNumber: '' })).toBeNull();
  });
});
