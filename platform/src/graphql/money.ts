import 'reflect-metadata';
import { Directive, Field, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { INHERIT_MAX_AGE } from './cache-control.js';

/**
 * Money is integer paise. GraphQL `Int` is 32-bit (±₹2.1 crore), which one large steel order or
 * any GMV total can pass, so amounts use graphql-scalars' `SafeInt` (exact up to 2^53 − 1).
 */
@ObjectType({ description: 'An amount of money in the smallest unit of its currency (paise for INR).' })
@Directive('@shareable')
@Directive(INHERIT_MAX_AGE)
export class Money {
  @Field(() => SafeIntResolver, { description: 'Integer amount in paise (1 INR = 100 paise).' })
  paise!: number;

  @Field({ description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field({ description: 'Human-readable amount in Indian notation, e.g. ₹1,23,456.50.' })
  formatted!: string;

  static of(paise: number, currency = 'INR'): Money {
    if (!Number.isSafeInteger(paise)) throw new RangeError(`Money must be integer paise, got ${paise}`);
    const money = new Money();
    money.paise = paise;
    money.currency = currency;
    money.formatted = formatPaise(paise, currency);
    return money;
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatPaise(paise: number, currency = 'INR'): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-IN', { style: 'currency', currency, minimumFractionDigits: 2 });
    formatters.set(currency, formatter);
  }
  return formatter.format(paise / 100);
}

/** Rupees as a decimal string ("1234.50") to integer paise, without going through floats. */
export function parseRupees(value: string): number {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new RangeError(`Not a rupee amount: ${value}`);
  const paise = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -paise : paise;
}
