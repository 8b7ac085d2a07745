/**
 * The vendor bot: one inbound WhatsApp message (WhatsAppMessageReceived, from notifications'
 * webhook) in, one reply out. Who is writing comes from the number's link; everything the bot
 * shows or changes goes through the gateway as that vendor user (gateway-client.ts), so the API's
 * own rules (ownership, status transitions, idempotent confirms) decide, never the bot.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@realserv/platform';
import type { WhatsAppCloudClient } from '@realserv/notifications/whatsapp';
import type { EventPayload } from '@realserv/platform/events';
import type { WhatsAppMessageReceived } from '@realserv/contracts';
import { parseIntent } from './intent/parse-intent.js';
import { matchOrderRef, orderRefText } from './intent/order-ref.js';
import type { Language, OrderRef } from './intent/intent.js';
import { indianDate } from '@realserv/platform/indian-date';
import { FLOW_TTL_MS, chooseOrderFlow, currentFlow, proposedFlow, stepFor, type FlowState, type OrderAction, type OrderChoice, type Step } from './conversation/flow.js';
import { WhatsAppConversation, WhatsAppMessage } from './conversation/conversation.entity.js';
import * as replies from './conversation/replies.js';
import { weekPeriods } from './conversation/earnings-periods.js';
import { GatewayError, type GatewayClient } from './gateway/gateway-client.js';
import {
  BotConfirmOrderDocument,
  BotDispatchOrderDocument,
  BotEarningsDocument,
  BotRecentOrdersDocument,
  BotRejectOrderDocument,
  BotSetAvailabilityDocument,
  BotVendorDocument,
  type BotOrderFragment,
} from './gateway/generated/graphql.js';
import type { WhatsAppLinkService } from './link/whatsapp-link.service.js';

type Inbound = EventPayload<typeof WhatsAppMessageReceived>;

/** How many recent orders a last-digits reference is looked up in. */
const RECENT_ORDERS = 50;
const LINK_MESSAGE = /^\s*link\s+(\d{6})\s*$/i;
const DONE_OUTCOMES: Record<OrderAction, string> = { CONFIRM: 'CONFIRMED', REJECT: 'REJECTED', DISPATCH: 'DISPATCHED' };

/** How long a message waits for the number's earlier ones before its job is retried later. */
const TURN_WAIT_CHECKS = 40;
const TURN_WAIT_STEP_MS = 50;

interface Claim {
  conversationId: string;
  inboundId: string;
  seq: number;
}

interface Turn {
  reply: string;
  outcome: string;
  flow?: FlowState;
  language?: Language;
}

export interface VendorBotOptions {
  gateway: GatewayClient;
  whatsapp: WhatsAppCloudClient;
  links: WhatsAppLinkService;
  log: Logger;
  now?: () => Date;
}

export class VendorBot {
  private readonly now: () => Date;

  constructor(private readonly options: VendorBotOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * The event handler (subscribed with transaction 'handler': no transaction is open while the
   * gateway or the Cloud API is called). Three short transactions: the claim (the number's
   * conversation row locked for a moment; the inbound row with the Meta id, unique, and the next
   * sequence number of the number), the turn's check that every earlier message of the number
   * is finished, and the finish (flow, outcome, reply row). In between, with no transaction
   * open, the gateway calls and the reply. A redelivered message finds its row finished and acts
   * not; two messages of one number run one after another in claim order.
   */
  readonly handle = async (message: Inbound, em: EntityManager): Promise<void> => {
    const started = this.now();
    const parsed = message.text ? parseIntent(message.text) : null;
    const claim = await this.claim(message, parsed, em);
    if (!claim) return;
    await this.waitForTurn(claim, em);
    const conversation = await em.fork().findOneOrFail(WhatsAppConversation, { id: claim.conversationId });
    const read = { version: conversation.version };

    const turn = await this.turn(message, parsed, conversation, em).catch((error: unknown): Turn => {
      this.options.log.error({ err: error, from: message.from }, 'WhatsApp bot turn failed');
      return { reply: replies.fixed.failed(conversation.language as Language), outcome: 'FAILED' };
    });
    if (turn.language) conversation.language = turn.language;
    if (turn.flow) {
      conversation.context = turn.flow;
      conversation.state = turn.flow.state;
      conversation.expiresAt = turn.flow.state === 'IDLE' ? null : new Date(this.now().getTime() + FLOW_TTL_MS);
    }
    // Sent before the turn is marked finished, so the number's next message (which waits for
    // that) cannot overtake this reply.
    let wamid: string | null = null;
    try {
      ({ wamid } = await this.options.whatsapp.send({ messaging_product: 'whatsapp', to: message.from.slice(1), type: 'text', text: { body: turn.reply } }));
    } catch (error) {
      // The turn's changes stand (the API calls are done); the reply is lost, which the outcome records.
      this.options.log.warn({ err: error, from: message.from }, 'WhatsApp bot reply not accepted by the Cloud API');
      turn.outcome = `${turn.outcome};REPLY_FAILED`;
    }
    await em.transactional(async (tx) => {
      const current = await tx.findOneOrFail(WhatsAppConversation, { id: conversation.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (current.version === read.version) {
        const { userId, vendorId, state, context, expiresAt, language } = conversation;
        Object.assign(current, { userId, vendorId, state, context, expiresAt, language, version: current.version + 1 });
      } else {
        // Another turn of this number finished meanwhile (only after this one was given up as
        // abandoned): its flow is newer, so this turn's is dropped.
        this.options.log.warn({ from: message.from, messageId: message.messageId }, 'WhatsApp bot turn finished after a later one; its flow is not kept');
      }
      const inbound = await tx.findOneOrFail(WhatsAppMessage, { id: claim.inboundId });
      inbound.outcome = turn.outcome;
      inbound.latencyMs = this.now().getTime() - started.getTime();
      tx.create(WhatsAppMessage, { conversationId: conversation.id, direction: 'OUT', text: turn.reply, metaMessageId: wamid, args: null });
    });
  };

  /**
   * Takes the message: its inbound row (unique Meta id) with the number's next sequence number.
   * Null when it was taken and finished before (a redelivery). An unfinished row (a retry after
   * a crash) keeps its place and runs again; the API's own idempotency makes a repeated confirm
   * harmless.
   */
  private async claim(message: Inbound, parsed: ReturnType<typeof parseIntent> | null, em: EntityManager): Promise<Claim | null> {
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const at = new Date(message.at);
      await connection.execute(
        `insert into whatsapp_conversations (id, phone, state, context, language, last_inbound_at) values (?, ?, 'IDLE', ?, 'en', ?) on conflict (phone) do nothing`,
        [randomUUID(), message.from, JSON.stringify({ state: 'IDLE' }), at],
        'run',
        tx.getTransactionContext(),
      );
      // The row lock (until this short transaction ends) puts one number's claims in one order.
      const [conversation] = await connection.execute<Array<{ id: string; next_seq: number }>>(
        'update whatsapp_conversations set next_seq = next_seq + 1, last_inbound_at = greatest(last_inbound_at, ?) where phone = ? returning id, next_seq',
        [at, message.from],
        'all',
        tx.getTransactionContext(),
      );
      const existing = await tx.findOne(WhatsAppMessage, { metaMessageId: message.messageId });
      if (existing) return existing.outcome === null ? { conversationId: existing.conversationId, inboundId: existing.id, seq: existing.seq ?? 0 } : null;
      const inbound = tx.create(WhatsAppMessage, {
        conversationId: conversation!.id,
        direction: 'IN',
        text: message.text,
        metaMessageId: message.messageId,
        intent: message.type === 'unsupported' ? `UNSUPPORTED:${message.rawType}` : (parsed?.intent.kind ?? null),
        args: parsed ? { ...parsed.intent, language: parsed.language } : null,
        seq: conversation!.next_seq,
      });
      return { conversationId: conversation!.id, inboundId: inbound.id, seq: conversation!.next_seq };
    });
  }

  /**
   * Waits (briefly) until every earlier message of the number is finished; then throws, and the
   * queue retries this one later. An earlier message unfinished for longer than a flow lives is
   * taken as abandoned (its job gave up), so one lost message cannot stop a number for good.
   */
  private async waitForTurn(claim: Claim, em: EntityManager): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const [{ earlier }] = await em.getConnection().execute<Array<{ earlier: number }>>(
        `select count(*)::int as earlier from whatsapp_messages where conversation_id = ? and direction = 'IN' and seq < ? and outcome is null and created_at > ?`,
        [claim.conversationId, claim.seq, new Date(this.now().getTime() - FLOW_TTL_MS)],
      ) as [{ earlier: number }];
      if (earlier === 0) return;
      if (attempt >= TURN_WAIT_CHECKS) throw new Error(`WhatsApp message ${claim.seq} of conversation ${claim.conversationId} waits for ${earlier} earlier message(s)`);
      await setTimeout(TURN_WAIT_STEP_MS);
    }
  }

  private async turn(message: Inbound, parsed: ReturnType<typeof parseIntent> | null, conversation: WhatsAppConversation, em: EntityManager): Promise<Turn> {
    const language: Language = parsed?.language ?? (conversation.language as Language);
    const linkCode = message.text ? LINK_MESSAGE.exec(message.text)?.[1] : undefined;
    if (linkCode) {
      const linked = await em.transactional((tx) => this.options.links.confirmFromPhone(tx, message.from, linkCode));
      if (linked) {
        Object.assign(conversation, { userId: linked.userId, vendorId: linked.vendorId });
        return { reply: replies.fixed.linked(language), outcome: 'LINKED', flow: { state: 'IDLE' } };
      }
    }
    const link = await this.options.links.linkedTo(em, message.from);
    if (!link) {
      Object.assign(conversation, { userId: null, vendorId: null, context: { state: 'IDLE' }, state: 'IDLE', expiresAt: null });
      return { reply: replies.fixed.unknownNumber, outcome: linkCode ? 'LINK_FAILED' : 'REFUSED_UNLINKED' };
    }
    Object.assign(conversation, { userId: link.userId, vendorId: link.vendorId });
    const as = new AsVendor(this.options.gateway, link.firebaseUid);
    // Checked on every message through the API as the user: a suspended user's token is refused
    // by the gateway, a suspended vendor answers status SUSPENDED; either way nothing is shown.
    const vendor = await as.vendor().catch((error: unknown) => {
      if (error instanceof GatewayError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) return null;
      throw error;
    });
    // A suspended vendor is told so, why and whom to ask; nothing else runs (docs/whatsapp-bot.md).
    if (vendor?.status === 'SUSPENDED') return { reply: replies.suspended(language, vendor.suspensionReason ?? null), outcome: 'REFUSED_SUSPENDED', flow: { state: 'IDLE' } };
    if (!vendor || vendor.status !== 'ACTIVE') return { reply: replies.fixed.refused(language), outcome: 'REFUSED_NOT_ACTIVE', flow: { state: 'IDLE' } };
    if (message.type === 'unsupported' || !parsed) return { reply: replies.fixed.unsupported(language), outcome: 'UNSUPPORTED', language };

    const flow = currentFlow(conversation.context, conversation.expiresAt, this.now());
    const step = stepFor(flow, parsed.intent, message.text ?? '');
    return { ...(await this.run(step, language, as)), language };
  }

  private async run(step: Step, language: Language, as: AsVendor): Promise<Turn> {
    const idle: FlowState = { state: 'IDLE' };
    switch (step.do) {
      case 'HELP':
        return { reply: replies.helpText(language), outcome: 'HELP', flow: idle };
      case 'UNKNOWN':
        return { reply: replies.fixed.notUnderstood(language), outcome: 'NOT_UNDERSTOOD', flow: idle };
      case 'CLARIFY':
        return { reply: step.question, outcome: 'CLARIFIED', flow: idle };
      case 'CANCELLED':
        return { reply: replies.fixed.cancelled(language), outcome: 'CANCELLED', flow: idle };
      case 'REASK':
        return { reply: this.question(language, step.flow), outcome: 'ASKED_AGAIN', flow: step.flow };
      case 'ASK_ORDER':
        return { reply: replies.askOrder(language, step.action), outcome: 'ASKED_ORDER', flow: idle };
      case 'ORDERS': {
        const orders = await as.recentOrders();
        const today = indianDate(this.now());
        const chosen = step.filter === 'TODAY' ? orders.filter((o) => indianDate(new Date(o.createdAt)) === today) : orders.filter((o) => o.status === 'PAID' || o.status === 'PLACED');
        return { reply: replies.ordersList(language, step.filter, chosen.slice(0, 10).map(view), chosen.length), outcome: 'ORDERS', flow: idle };
      }
      case 'STATUS': {
        if (!step.order) return { reply: replies.askStatusOrder(language), outcome: 'ASKED_ORDER', flow: idle };
        const found = await as.find(step.order);
        if (found.length === 0) return { reply: replies.fixed.orderNotFound(language, orderRefText(step.order)), outcome: 'ORDER_NOT_FOUND', flow: idle };
        if (found.length > 1) return this.ask(language, chooseOrderFlow('STATUS', null, found.map(choice)), 'ASKED_WHICH');
        return { reply: replies.orderLine(language, view(found[0]!)), outcome: 'STATUS', flow: idle };
      }
      case 'RESOLVE': {
        const found = await as.find(step.order);
        if (found.length === 0) return { reply: replies.fixed.orderNotFound(language, orderRefText(step.order)), outcome: 'ORDER_NOT_FOUND', flow: idle };
        if (found.length > 1) return this.ask(language, chooseOrderFlow(step.action, step.reason, found.map(choice)), 'ASKED_WHICH');
        return this.ask(language, proposedFlow(step.action, choice(found[0]!), step.reason), 'ASKED_CONFIRMATION');
      }
      case 'CHOSEN': {
        if (step.action === 'STATUS') {
          const [order] = await as.find({ full: step.order.orderNumber });
          return order ? { reply: replies.orderLine(language, view(order)), outcome: 'STATUS', flow: idle } : { reply: replies.fixed.orderNotFound(language, step.order.orderNumber), outcome: 'ORDER_NOT_FOUND', flow: idle };
        }
        return this.ask(language, proposedFlow(step.action, step.order, step.reason), 'ASKED_CONFIRMATION');
      }
      case 'REASON':
        return this.ask(language, { state: 'CONFIRM_ACTION', action: 'REJECT', order: step.order, reason: step.reason }, 'ASKED_CONFIRMATION');
      case 'EXECUTE':
        return this.execute(language, step.action, step.order, step.reason, as);
      case 'AVAILABILITY':
        try {
          await as.setAvailability(step.accepting);
          return { reply: replies.availabilityDone(language, step.accepting), outcome: step.accepting ? 'AVAILABLE' : 'BUSY', flow: idle };
        } catch (error) {
          if (error instanceof GatewayError && error.code === 'CONFLICT') return { reply: replies.fixed.notActiveYet(language), outcome: 'API_CONFLICT', flow: idle };
          throw error;
        }
      case 'EARNINGS': {
        const e = await as.earnings(this.now());
        return { reply: replies.earningsReply(language, e), outcome: 'EARNINGS', flow: idle };
      }
    }
  }

  private ask(language: Language, flow: FlowState, outcome: string): Turn {
    return { reply: this.question(language, flow), outcome, flow };
  }

  private question(language: Language, flow: Exclude<FlowState, { state: 'IDLE' }> | FlowState): string {
    switch (flow.state) {
      case 'CHOOSE_ORDER':
        return replies.whichOrder(language, flow.candidates);
      case 'REJECT_REASON':
        return replies.reasonQuestion(language, flow.order);
      case 'CONFIRM_ACTION':
        return replies.proposeQuestion(language, flow.action, flow.order, flow.reason);
      case 'IDLE':
        return replies.helpText(language);
    }
  }

  private async execute(language: Language, action: OrderAction, order: OrderChoice, reason: string | null, as: AsVendor): Promise<Turn> {
    const idle: FlowState = { state: 'IDLE' };
    try {
      const done =
        action === 'CONFIRM'
          ? await as.confirm(order.id)
          : action === 'DISPATCH'
            ? await as.dispatch(order.id)
            : await as.reject(order.id, replies.reasonText('en', reason ?? ''));
      return { reply: replies.actionDone(language, action, done.orderNumber), outcome: DONE_OUTCOMES[action], flow: idle };
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      if (error.code === 'CONFLICT') {
        const [now] = await as.find({ full: order.orderNumber });
        return { reply: replies.fixed.notPossible(language, order.orderNumber, now?.status ?? 'UNKNOWN'), outcome: `API_CONFLICT:${error.reason ?? ''}`, flow: idle };
      }
      if (error.code === 'NOT_FOUND') return { reply: replies.fixed.orderNotFound(language, order.orderNumber), outcome: 'ORDER_NOT_FOUND', flow: idle };
      throw error;
    }
  }
}

function choice(order: BotOrderFragment): OrderChoice {
  return { id: order.id, orderNumber: order.orderNumber };
}

function view(order: BotOrderFragment): replies.OrderView {
  return { orderNumber: order.orderNumber, status: order.status, paymentMethod: order.paymentMethod, totalPaise: order.total.paise, items: order.items };
}

/** The gateway operations, as one vendor user. */
class AsVendor {
  constructor(
    private readonly gateway: GatewayClient,
    private readonly firebaseUid: string,
  ) {}

  async vendor() {
    return (await this.gateway.run(this.firebaseUid, BotVendorDocument, {})).myVendor;
  }

  async recentOrders(): Promise<BotOrderFragment[]> {
    return (await this.gateway.run(this.firebaseUid, BotRecentOrdersDocument, { page: { offset: 0, limit: RECENT_ORDERS } })).vendorOrders.items;
  }

  /** The vendor's orders a reference names: a whole number exactly, last digits among recent orders. */
  async find(ref: OrderRef): Promise<BotOrderFragment[]> {
    if ('full' in ref || 'suffix' in ref) {
      const orderNumber = 'full' in ref ? ref.full : `RS-${ref.suffix}`;
      return (await this.gateway.run(this.firebaseUid, BotRecentOrdersDocument, { filter: { orderNumber }, page: { offset: 0, limit: 1 } })).vendorOrders.items;
    }
    const recent = await this.recentOrders();
    const numbers = matchOrderRef(ref, recent.map((o) => o.orderNumber));
    return numbers.map((n) => recent.find((o) => o.orderNumber === n)!);
  }

  async confirm(orderId: string) {
    return (await this.gateway.run(this.firebaseUid, BotConfirmOrderDocument, { orderId })).confirmOrder;
  }

  async dispatch(orderId: string) {
    return (await this.gateway.run(this.firebaseUid, BotDispatchOrderDocument, { orderId })).dispatchOrder;
  }

  async reject(orderId: string, reason: string) {
    return (await this.gateway.run(this.firebaseUid, BotRejectOrderDocument, { input: { orderId, reason } })).rejectOrder;
  }

  async setAvailability(acceptingOrders: boolean) {
    return (await this.gateway.run(this.firebaseUid, BotSetAvailabilityDocument, { acceptingOrders })).setVendorAvailability;
  }

  /** The same figures as earningsSummary (this and last week) and mySettlements (generated, unpaid). */
  async earnings(now: Date): Promise<replies.EarningsView> {
    const { thisWeek, lastWeek } = weekPeriods(now);
    const data = await this.gateway.run(this.firebaseUid, BotEarningsDocument, { thisWeek, lastWeek });
    const unpaid = data.mySettlements.items.filter((s) => s.status !== 'PAID');
    const paid = data.mySettlements.items.find((s) => s.status === 'PAID');
    return {
      thisWeek: { completedOrders: data.thisWeek.completedOrders, netPayoutPaise: data.thisWeek.netPayout.paise },
      lastWeek: { completedOrders: data.lastWeek.completedOrders, netPayoutPaise: data.lastWeek.netPayout.paise, settled: data.lastWeek.settled },
      pendingPayoutPaise: unpaid.reduce((sum, s) => sum + s.netPayout.paise, 0),
      lastPaid: paid ? { periodEnd: paid.periodEnd, netPayoutPaise: paid.netPayout.paise } : null,
    };
  }
}
