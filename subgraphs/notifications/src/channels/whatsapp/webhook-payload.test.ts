import { parseWhatsAppWebhook } from './webhook-payload.js';

const PHONE_NUMBER_ID = '106540352242922';

/** Meta's envelope around one change's value (shape from Meta's webhook reference). */
function envelope(value: Record<string, unknown>, options: { phoneNumberId?: string; field?: string } = {}) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: options.phoneNumberId ?? PHONE_NUMBER_ID },
              ...value,
            },
            field: options.field ?? 'messages',
          },
        ],
      },
    ],
  };
}

const inbound = (message: Record<string, unknown>) =>
  envelope({
    contacts: [{ profile: { name: 'Ramesh' }, wa_id: '919812345678' }],
    messages: [{ from: '919812345678', id: 'wamid.IN1', timestamp: '1796119200', ...message }],
  });

describe('status reports', () => {
  test('sent, delivered and read become SENT, DELIVERED and READ with their time and a key per message and status', () => {
    const body = envelope({
      statuses: [
        {
          id: 'wamid.A',
          status: 'sent',
          timestamp: '1796119200',
          recipient_id: '919812345678',
          conversation: { id: 'c1', expiration_timestamp: '1796205600', origin: { type: 'utility' } },
          pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
        },
        { id: 'wamid.A', status: 'delivered', timestamp: '1796119201', recipient_id: '919812345678' },
        { id: 'wamid.A', status: 'read', timestamp: '1796119260', recipient_id: '919812345678' },
      ],
    });

    const { statuses, inbound: messages, ignored } = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);

    expect(messages).toEqual([]);
    expect(ignored).toBe(0);
    expect(statuses).toEqual([
      { channel: 'WHATSAPP', providerMessageId: 'wamid.A', status: 'SENT', reason: null, at: new Date('2026-12-01T10:00:00Z'), eventKey: 'wamid.A:sent' },
      { channel: 'WHATSAPP', providerMessageId: 'wamid.A', status: 'DELIVERED', reason: null, at: new Date('2026-12-01T10:00:01Z'), eventKey: 'wamid.A:delivered' },
      { channel: 'WHATSAPP', providerMessageId: 'wamid.A', status: 'READ', reason: null, at: new Date('2026-12-01T10:01:00Z'), eventKey: 'wamid.A:read' },
    ]);
  });

  test('failed carries the first error code as the reason', () => {
    const body = envelope({
      statuses: [
        {
          id: 'wamid.B',
          status: 'failed',
          timestamp: '1796119200',
          recipient_id: '919812345678',
          errors: [{ code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', error_data: { details: 'more than 24 hours' } }],
        },
        { id: 'wamid.C', status: 'failed', timestamp: '1796119200', recipient_id: '919812345678' },
      ],
    });

    const { statuses } = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);

    expect(statuses.map((s) => [s.providerMessageId, s.status, s.reason, s.eventKey])).toEqual([
      ['wamid.B', 'FAILED', '131047', 'wamid.B:failed'],
      ['wamid.C', 'FAILED', 'UNKNOWN', 'wamid.C:failed'],
    ]);
  });

  test('statuses of no interest (deleted, warning) and unreadable items are skipped, the rest of the batch kept', () => {
    const body = envelope({
      statuses: [
        { id: 'wamid.D', status: 'deleted', timestamp: '1796119200', recipient_id: '919812345678' },
        { id: 'wamid.E', status: 'sent', timestamp: 'yesterday', recipient_id: '919812345678' },
        { status: 'sent', timestamp: '1796119200' },
        { id: 'wamid.F', status: 'delivered', timestamp: '1796119200', recipient_id: '919812345678' },
      ],
    });

    const { statuses, ignored } = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);

    expect(statuses.map((s) => s.eventKey)).toEqual(['wamid.F:delivered']);
    expect(ignored).toBe(3);
  });
});

describe('inbound messages', () => {
  test('a text message: sender in E.164, Meta’s message id, the body', () => {
    const { inbound: messages } = parseWhatsAppWebhook(inbound({ type: 'text', text: { body: 'kamai kitni hui?' } }), PHONE_NUMBER_ID);
    expect(messages).toEqual([
      { messageId: 'wamid.IN1', from: '+919812345678', at: new Date('2026-12-01T10:00:00Z'), type: 'text', text: 'kamai kitni hui?', rawType: 'text' },
    ]);
  });

  test('interactive replies give the tapped button’s or list row’s id', () => {
    const button = parseWhatsAppWebhook(
      inbound({ type: 'interactive', context: { from: '15550783881', id: 'wamid.OUT' }, interactive: { type: 'button_reply', button_reply: { id: 'confirm:RS-2611-000123', title: 'Confirm' } } }),
      PHONE_NUMBER_ID,
    ).inbound[0];
    const row = parseWhatsAppWebhook(
      inbound({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'reason:out_of_stock', title: 'Out of stock', description: 'Stock khatam' } } }),
      PHONE_NUMBER_ID,
    ).inbound[0];

    expect(button).toMatchObject({ type: 'interactive', text: 'confirm:RS-2611-000123', rawType: 'button_reply' });
    expect(row).toMatchObject({ type: 'interactive', text: 'reason:out_of_stock', rawType: 'list_reply' });
  });

  test('a template quick-reply button gives its payload', () => {
    const [message] = parseWhatsAppWebhook(inbound({ type: 'button', button: { payload: 'confirm:RS-2611-000123', text: 'Confirm' } }), PHONE_NUMBER_ID).inbound;
    expect(message).toMatchObject({ type: 'button', text: 'confirm:RS-2611-000123', rawType: 'button' });
  });

  test('images, voice notes, locations and Meta’s own “unsupported” are unsupported, with the kind named', () => {
    const kinds = [
      { type: 'image', image: { id: '1', mime_type: 'image/jpeg', sha256: 'x' } },
      { type: 'audio', audio: { id: '2', mime_type: 'audio/ogg; codecs=opus', voice: true } },
      { type: 'location', location: { latitude: 28.6, longitude: 77.2 } },
      { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }], unsupported: { type: 'poll_update' } },
      { type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{}' } } },
    ];
    const parsed = kinds.map((k) => parseWhatsAppWebhook(inbound(k), PHONE_NUMBER_ID).inbound[0]);
    expect(parsed.map((m) => [m?.type, m?.text, m?.rawType])).toEqual([
      ['unsupported', null, 'image'],
      ['unsupported', null, 'audio'],
      ['unsupported', null, 'location'],
      ['unsupported', null, 'poll_update'],
      ['unsupported', null, 'interactive.nfm_reply'],
    ]);
  });
});

test('errors about the number rather than a message (value.errors) are collected for the log', () => {
  const body = envelope({ errors: [{ code: 130429, title: 'Rate limit hit', message: 'Rate limit hit', error_data: { details: 'too many messages' } }] });
  expect(parseWhatsAppWebhook(body, PHONE_NUMBER_ID)).toEqual({ statuses: [], inbound: [], ignored: 0, errors: [130429] });
});

describe('what is not ours', () => {
  test('another phone number’s reports and messages, other webhook fields and other objects are ignored', () => {
    const otherNumber = envelope({ statuses: [{ id: 'wamid.X', status: 'sent', timestamp: '1796119200', recipient_id: '9198' }] }, { phoneNumberId: '999' });
    const otherField = envelope({ statuses: [{ id: 'wamid.Y', status: 'sent', timestamp: '1796119200', recipient_id: '9198' }] }, { field: 'message_template_status_update' });

    for (const body of [otherNumber, otherField, { object: 'page', entry: [] }, { nonsense: true }, null, 'text']) {
      const parsed = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);
      expect(parsed.statuses).toEqual([]);
      expect(parsed.inbound).toEqual([]);
      expect(parsed.ignored).toBeGreaterThan(0);
    }
  });
});
