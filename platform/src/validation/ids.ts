import { ValidationError } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** IDs are UUIDs: anything else is bad input, never a database error. */
export function assertId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw new ValidationError(`${field} is not a valid id.`, { field });
  return value.toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
