import { Matches, type ValidationOptions } from 'class-validator';

/**
 * ITU-T E.164 as the API takes it: a '+', a country code that does not start with 0, and 8 to 15
 * digits in all (no real mobile is shorter); no spaces or punctuation.
 */
export const E164_PHONE = /^\+[1-9]\d{7,14}$/;

export function isE164Phone(value: string): boolean {
  return E164_PHONE.test(value);
}

/** class-validator: the field is an E.164 phone number (BAD_USER_INPUT naming the field otherwise). */
export function IsE164Phone(options?: ValidationOptions): PropertyDecorator {
  return Matches(E164_PHONE, { message: '$property must be E.164: + and 8–15 digits, e.g. +919876543210', ...options });
}
