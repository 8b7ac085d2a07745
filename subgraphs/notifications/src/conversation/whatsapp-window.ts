import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { v5 as uuidV5 } from 'uuid';
import { OutboxEvent, detachedFromRequest, recordEvent } from '@realserv/platform';
import { WhatsAppMessageReceived } from '@realserv/contracts';
import type { WhatsAppInbound } from '../channels/port.js';

/** The namespace of WhatsAppMessageReceived event ids (UUID v5 of Meta's message id): a redelivery is the same event. */
export const WHATSAPP_MESSAGE_EVENT_NAMESPACE = '8a3c3a5e-2f0e-4c53-9b2c-6f7d4f0b5a11';

/** Meta's customer-service window: free-form (session) messages are allowed this long after the user last wrote. */
export const WHATSAPP_WINDOW_MS = 24 * 3600_000;

/**
 * Template or session message: inside the 24-hour window a session text (free-form, the
 * template's plain text); outside it only an approved template, and nothing when the kind has
 * none for WhatsApp (Meta would refuse a session text with 131047).
 */
export function whatsAppMessageKind(lastInboundAt: Date | null, now: Date, hasTemplate: boolean): 'text' | 'template' | null {
  if (lastInboundAt && now.getTime() - lastInboundAt.getTime() < WHATSAPP_WINDOW_MS) return 'text';
  return hasTemplate ? 'template' : null;
}

/** When each WhatsApp number last wrote to us (the start of its customer-service window). */
@Entity({ tableName: 'whatsapp_windows' })
export class WhatsAppWindow {
  /** E.164 with '+'. */
  @PrimaryKey({ type: 'text' })
  phone!: string;

  @Property({ type: 'timestamptz' })
  lastInboundAt!: Date;
}

/** Opens and reads WhatsApp customer-service windows from inbound messages. */
export class WhatsAppWindows {
  constructor(private readonly orm: MikroORM) {}

  /**
   * For the WhatsApp webhook's `onInbound`: opens the window (a redelivered or out-of-order
   * message never moves it back) and, in the same transaction, records WhatsAppMessageReceived
   * for the vendor bot (integrations). The event id is derived from Meta's message id, so a
   * redelivered webhook records nothing new and consumers' inboxes see one event.
   */
  readonly onInbound = async (message: WhatsAppInbound): Promise<void> => {
    await detachedFromRequest(() =>
      this.orm.em.fork().transactional(async (em) => {
        await em.getConnection().execute(
          `insert into whatsapp_windows (phone, last_inbound_at) values (?, ?)
           on conflict (phone) do update set last_inbound_at = greatest(whatsapp_windows.last_inbound_at, excluded.last_inbound_at)`,
          [message.from, message.at],
          'run',
          em.getTransactionContext(),
        );
        const eventId = uuidV5(message.messageId, WHATSAPP_MESSAGE_EVENT_NAMESPACE);
        if (await em.findOne(OutboxEvent, eventId)) return;
        const event = recordEvent(em, WhatsAppMessageReceived, {
          messageId: message.messageId,
          from: message.from,
          at: message.at.toISOString(),
          type: message.type,
          text: message.text,
          rawType: message.rawType,
        });
        event.id = eventId;
      }),
    );
  };

  async lastInboundAt(em: EntityManager, phone: string): Promise<Date | null> {
    // A plain read (no entity for the sender's flush to track).
    const [row]: Array<{ lastInboundAt: Date }> = await em.createQueryBuilder(WhatsAppWindow).select('lastInboundAt').where({ phone }).execute('all');
    return row ? new Date(row.lastInboundAt) : null;
  }
}
