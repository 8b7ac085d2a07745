/**
 * The pure rules of delivering a notification: retry schedule, per-recipient rate limit, the
 * provider cap and how status reports move a notification. No I/O; unit-tested beside.
 */
import { nextPromotionalSlot } from '../channels/sms/promotional-window.js';

/** Statuses in the order a message moves through them; FAILED is apart (see nextStatus). */
export type DeliveryStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';

const RANK: Record<Exclude<DeliveryStatus, 'FAILED'>, number> = { QUEUED: 0, SENT: 1, DELIVERED: 2, READ: 3 };

/**
 * Where a provider's report moves a notification, or null when it changes nothing. Reports
 * arrive late, twice and out of order (a `delivered` after the `read`), so status only moves
 * forward: QUEUED → SENT → DELIVERED → READ. FAILED is reachable only before delivery (a
 * message the device already showed has not failed) and is final.
 */
export function nextStatus(current: DeliveryStatus, reported: DeliveryStatus): DeliveryStatus | null {
  if (current === 'FAILED' || reported === 'QUEUED') return null;
  if (reported === 'FAILED') return current === 'QUEUED' || current === 'SENT' ? 'FAILED' : null;
  return RANK[reported] > RANK[current] ? reported : null;
}

/** Longest wait between two attempts. */
export const MAX_RETRY_DELAY_SECONDS = 15 * 60;

/**
 * Seconds before attempt `attempt + 1`, after `attempt` failed transiently (attempt ≥ 1):
 * base · 2^(attempt−1), capped, with up to 20 % jitter so retries of a provider outage spread
 * out. `random` is injectable for tests.
 */
export function retryDelaySeconds(attempt: number, baseSeconds: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_RETRY_DELAY_SECONDS, baseSeconds * 2 ** Math.max(0, attempt - 1));
  return Math.min(MAX_RETRY_DELAY_SECONDS, Math.round(exponential * (1 + 0.2 * random())));
}

/** Whether a transient failure after `attempts` attempts may be retried. */
export function mayRetry(attempts: number, maxAttempts: number): boolean {
  return attempts < maxAttempts;
}

/**
 * Per-recipient rate limit over a sliding minute: given when this recipient's last messages were
 * sent, how long to wait before the next one (0: now). `limit` messages per 60 s.
 */
export function recipientWaitMs(sentAt: readonly Date[], now: Date, limitPerMinute: number): number {
  const windowStart = now.getTime() - 60_000;
  const inWindow = sentAt.map((d) => d.getTime()).filter((t) => t > windowStart).sort((a, b) => a - b);
  if (inWindow.length < limitPerMinute) return 0;
  // The oldest of the last `limit` sends must leave the window first.
  const oldestThatCounts = inWindow[inWindow.length - limitPerMinute]!;
  return oldestThatCounts + 60_000 - now.getTime() + 1;
}

/**
 * recipientWaitMs from the one send that decides it: the `limit`-th latest send within the last
 * minute (null when the minute holds fewer than `limit`). The sender reads just that row.
 */
export function recipientWaitAfter(limitThLatestSentAt: Date | null, now: Date): number {
  if (!limitThLatestSentAt) return 0;
  return Math.max(0, limitThLatestSentAt.getTime() + 60_000 - now.getTime() + 1);
}

/**
 * When a rate-limited message should try again: once the recipient's minute has room (`waitMs`),
 * and after the slots already given to the recipient's other deferred messages, one slot
 * (60 s / limit) apart. Without the spacing every deferred message of a busy recipient would wake
 * when the first slot frees, one would be sent and the rest deferred again, over and over.
 */
export function deferredAttemptAt(now: Date, waitMs: number, latestDeferredAt: Date | null, limitPerMinute: number): Date {
  const slotMs = Math.ceil(60_000 / limitPerMinute);
  const whenRoom = now.getTime() + waitMs;
  // A wait shorter than a slot keeps the message's place: its planned slot (plannedSlots) met a
  // send that went out a moment after its own slot.
  if (waitMs < slotMs) return new Date(whenRoom);
  const afterOthers = latestDeferredAt ? latestDeferredAt.getTime() + slotMs : 0;
  return new Date(Math.max(whenRoom, afterOthers));
}

/**
 * The send slots of a recipient's rate-limited messages, decided once when their send jobs are
 * queued, so each gets one job at a time it may go instead of a job that finds the minute full and
 * defers. `takenNewestFirst` (index 0 = rank 1) holds the recipient's sends of the last minute and
 * the times its messages that already have a job will go (not before now), newest first; only
 * rank 1 and ranks `limit − count + 1 … limit` are read (count = `earliest.length`), so the others
 * may be left out. `earliest`: each new message's own next attempt, in queue order. Each slot keeps
 * at most `limit` in any minute (recipientWaitMs) and, behind messages planned ahead of now
 * (`plannedUntil`: the latest time already given to one of the recipient's queued messages),
 * comes one slot (60 s / limit) after the latest (deferredAttemptAt's spacing).
 *
 * A send is never a reason to space: it has gone. (It can look a moment ahead of `now`, which the
 * caller read before the statement whose snapshot saw the send commit; spacing behind it held a
 * message back a whole slot for a few milliseconds of clock, and the next ones behind that.)
 */
export function plannedSlots(takenNewestFirst: ReadonlyArray<Date | undefined>, earliest: readonly Date[], now: Date, limitPerMinute: number, plannedUntil?: Date): Date[] {
  const slotMs = Math.ceil(60_000 / limitPerMinute);
  const planned: number[] = [];
  let latest = plannedUntil?.getTime() ?? -Infinity;
  for (const [i, at] of earliest.entries()) {
    // The limit-th latest with this message: an earlier planned slot, or a taken time.
    const counted = i >= limitPerMinute ? planned[i - limitPerMinute] : takenNewestFirst[limitPerMinute - 1 - i]?.getTime();
    const slot = Math.max(now.getTime(), at.getTime(), counted === undefined ? -Infinity : counted + 60_000 + 1, latest > now.getTime() ? latest + slotMs : -Infinity);
    planned.push(slot);
    latest = Math.max(latest, slot);
  }
  return planned.map((t) => new Date(t));
}

/**
 * Whether a planned slot holds a message back: only when it is later than the time the message
 * would go anyway (its own next attempt, or now once that has passed). plannedSlots never plans
 * before now, so a message queued a moment ago gets `now` as its slot; that is not a move, and
 * writing it back cost the pump an UPDATE per pass for nothing (#12, seed-mix's statements).
 */
export function isHeldBack(slot: Date, earliest: Date, now: Date): boolean {
  return slot.getTime() > Math.max(earliest.getTime(), now.getTime());
}

/**
 * A token bucket: at most `perSecond` takes per second on average, bursts up to `perSecond`.
 * `take` answers how many milliseconds to wait before the caller may proceed (0: go now) and
 * books the slot, so concurrent callers queue behind each other fairly.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = perSecond;
    this.updatedAt = now;
  }

  take(now: number): number {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.perSecond) * 1000);
  }
}

export const SECRET_MASK = '••••••';

/** A phone number or email shown in logs and admin views: enough to recognise, not to use. */
export function maskDestination(destination: string | null): string | null {
  if (!destination) return destination;
  const at = destination.indexOf('@');
  if (at > 0) return `${destination[0]}***${destination.slice(at)}`;
  return destination.length > 4 ? `${destination.slice(0, 3)}******${destination.slice(-2)}` : '****';
}

/**
 * Promotional SMS reach Indian numbers only between 09:00 and 21:00 IST (TRAI's TCCCPR 2018
 * time band for promotional traffic): how long to wait from `now` until the band opens, 0 inside it.
 */
export function promotionalSmsWaitMs(now: Date): number {
  return nextPromotionalSlot(now).getTime() - now.getTime();
}
