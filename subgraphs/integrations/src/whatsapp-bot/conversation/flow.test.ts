import { parseIntent } from '../intent/parse-intent.js';
import { FLOW_TTL_MS, chooseOrderFlow, currentFlow, proposedFlow, stepFor, type FlowState, type OrderChoice } from './flow.js';

const order: OrderChoice = { id: 'o-1', orderNumber: 'RS-2611-000123' };
const other: OrderChoice = { id: 'o-2', orderNumber: 'RS-2610-000123' };
const step = (flow: FlowState, text: string) => stepFor(flow, parseIntent(text).intent, text);
const idle: FlowState = { state: 'IDLE' };

describe('conversation flow', () => {
  it('an order action is proposed first: confirm and dispatch ask yes/no, a reject without a reason asks for one', () => {
    expect(step(idle, 'confirm 123')).toEqual({ do: 'RESOLVE', action: 'CONFIRM', order: { digits: '123' }, reason: null });
    expect(proposedFlow('CONFIRM', order, null)).toEqual({ state: 'CONFIRM_ACTION', action: 'CONFIRM', order, reason: null });
    expect(proposedFlow('REJECT', order, null)).toEqual({ state: 'REJECT_REASON', order });
    expect(proposedFlow('REJECT', order, 'stock khatam')).toEqual({ state: 'CONFIRM_ACTION', action: 'REJECT', order, reason: 'stock khatam' });
    expect(step(idle, 'confirm')).toEqual({ do: 'ASK_ORDER', action: 'CONFIRM' });
  });

  it('yes executes the proposed action, no cancels it, and anything else is a new command', () => {
    const flow = proposedFlow('CONFIRM', order, null);
    for (const yes of ['yes', 'haan', 'हाँ', 'ok']) expect(step(flow, yes)).toEqual({ do: 'EXECUTE', action: 'CONFIRM', order, reason: null });
    for (const no of ['no', 'nahi', 'नहीं']) expect(step(flow, no)).toEqual({ do: 'CANCELLED' });
    expect(step(flow, 'kamai')).toEqual({ do: 'EARNINGS', period: null });
    // Without a flow, a yes acts on nothing.
    expect(step(idle, 'yes')).toEqual({ do: 'UNKNOWN' });
  });

  it('a reject reason is a numbered choice or free text; a number off the list asks again', () => {
    const flow = proposedFlow('REJECT', order, null);
    expect(step(flow, '1')).toEqual({ do: 'REASON', order, reason: 'OUT_OF_STOCK' });
    expect(step(flow, 'gaadi kharab hai')).toEqual({ do: 'REASON', order, reason: 'gaadi kharab hai' });
    expect(step(flow, '9')).toEqual({ do: 'REASK', flow });
    expect(step(flow, 'nahi')).toEqual({ do: 'CANCELLED' });
  });

  it('several matching orders: "which one?" takes a number from the list', () => {
    const flow = chooseOrderFlow('CONFIRM', null, [order, other]);
    expect(step(flow, '2')).toEqual({ do: 'CHOSEN', action: 'CONFIRM', order: other, reason: null });
    expect(step(flow, 'pehla wala')).toEqual({ do: 'CHOSEN', action: 'CONFIRM', order, reason: null });
    expect(step(flow, '3')).toEqual({ do: 'REASK', flow });
  });

  it('never guesses a data change from an ambiguous message', () => {
    const flow = proposedFlow('CONFIRM', order, null);
    expect(step(flow, 'confirm reject 123').do).toBe('CLARIFY');
    expect(step(idle, "don't confirm 123").do).toBe('CLARIFY');
  });

  it('a flow lapses after five minutes: the answer is then a new message', () => {
    const flow = proposedFlow('CONFIRM', order, null);
    const asked = new Date('2026-12-01T10:00:00Z');
    const expiresAt = new Date(asked.getTime() + FLOW_TTL_MS);
    expect(currentFlow(flow, expiresAt, new Date(expiresAt.getTime() - 1))).toBe(flow);
    expect(currentFlow(flow, expiresAt, expiresAt)).toEqual(idle);
    expect(step(currentFlow(flow, expiresAt, expiresAt), 'yes')).toEqual({ do: 'UNKNOWN' });
  });
});
