import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import type { TokenMessage } from 'firebase-admin/messaging';
import { ProviderError, type ProviderAccepted, type PushMessage, type PushPort } from '../../port.js';
import { buildFcmMessage, fcmMessageProblem } from '../push-message.js';

/** What the local recorder kept of one accepted push: FCM's message name and the message FCM would have received. */
export interface RecordedPush {
  name: string;
  message: TokenMessage;
  at: string;
}

type Fault = 'transient' | 'permanent';

/** Most recorded messages kept (oldest dropped first): a long `npm start` session stays small. */
const MAX_RECORDED = 5000;

/**
 * Push without Firebase: builds the same FCM message with the same code, refuses what FCM would
 * (fcmMessageProblem), and records what it accepted. Faults for tests: the next N sends fail
 * transiently (FCM `internal-error`) or permanently (`registration-token-not-registered`), and a
 * token marked stale always fails like an uninstalled app's.
 */
export class LocalPushPort implements PushPort {
  private readonly recorded: RecordedPush[] = [];
  private readonly faults: Fault[] = [];
  private readonly staleTokens = new Set<string>();

  async send(message: PushMessage): Promise<ProviderAccepted> {
    const fcmMessage = buildFcmMessage(message);
    const problem = fcmMessageProblem(fcmMessage);
    if (problem) throw new ProviderError('PUSH', 'invalid-payload', true, `Push message refused: ${problem}`);
    const fault = this.faults.shift();
    if (fault === 'transient') throw new ProviderError('PUSH', 'internal-error', false, 'Local push: injected transient failure');
    if (fault === 'permanent' || this.staleTokens.has(fcmMessage.token)) {
      throw new ProviderError('PUSH', 'registration-token-not-registered', true, 'Local push: the token is not registered');
    }
    const name = `projects/realserv-local/messages/${randomUUID()}`;
    this.recorded.push({ name, message: fcmMessage, at: new Date().toISOString() });
    if (this.recorded.length > MAX_RECORDED) this.recorded.splice(0, this.recorded.length - MAX_RECORDED);
    return { providerMessageId: name };
  }

  /** Accepted messages, oldest first; only those to `token` when given. */
  sent(token?: string): RecordedPush[] {
    return this.recorded.filter((r) => token === undefined || r.message.token === token);
  }

  /** The next `times` sends fail. */
  failNext(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** Every later send to `token` fails with `registration-token-not-registered` (the app was uninstalled). */
  markStale(token: string): void {
    this.staleTokens.add(token);
  }

  /**
   * `/_local/push/…`, mounted only with PUSH_TRANSPORT=local: read what was sent and inject faults.
   * GET messages[?token=] · POST faults {fault: transient|permanent, times} · POST stale-tokens {token}.
   */
  routes(router: Router): void {
    const local = express.Router();
    local.use(express.json({ limit: '16kb' }));
    local.get('/messages', (req, res) => {
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      res.json({ messages: this.sent(token) });
    });
    local.post('/faults', (req, res) => {
      const { fault, times } = (req.body ?? {}) as { fault?: unknown; times?: unknown };
      const count = typeof times === 'number' && Number.isInteger(times) && times >= 1 && times <= 100 ? times : 1;
      if (fault !== 'transient' && fault !== 'permanent') {
        res.status(400).json({ error: 'fault must be "transient" or "permanent"' });
        return;
      }
      this.failNext(fault, count);
      res.json({ pending: this.faults.length });
    });
    local.post('/stale-tokens', (req, res) => {
      const token = (req.body as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) {
        res.status(400).json({ error: 'token is required' });
        return;
      }
      this.markStale(token);
      res.json({ ok: true });
    });
    router.use('/_local/push', local);
  }
}
