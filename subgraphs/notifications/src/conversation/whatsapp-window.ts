import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { detachedFromRequest } from '@realserv/platform';
import type { WhatsAppInbound } from '../channels/port.js';

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

  /** For the WhatsApp webhook's `onInbound`: a redelivered or out-of-order message never moves the window back. */
  readonly onInbound = async (message: WhatsAppInbound): Promise<void> => {
    await detachedFromRequest(() =>
      this.orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into whatsapp_windows (phone, last_inbound_at) values (?, ?)
           on conflict (phone) do update set last_inbound_at = greatest(whatsapp_windows.last_inbound_at, excluded.last_inbound_at)`,
          [message.from, message.at],
          'run',
        ),
    );
  };

  async lastInboundAt(em: EntityManager, phone: string): Promise<Date | null> {
    return (await em.findOne(WhatsAppWindow, { phone }))?.lastInboundAt ?? null;
  }
}
