import 'reflect-metadata';
import { validate } from 'class-validator';
import { IsE164Phone, isE164Phone } from './phone.js';

describe('E.164 phone numbers', () => {
  it('accepts + and 8 to 15 digits with no leading zero', () => {
    for (const ok of ['+919876543210', '+14155550123', '+12345678', '+123456789012345']) expect(isE164Phone(ok)).toBe(true);
  });

  it('refuses national forms, spaces, a leading zero, too few or too many digits', () => {
    for (const bad of ['9876543210', '+0912345678', '+91 98765 43210', '+91-9876543210', '+1234567', '+1234567890123456', '+91987654321012345', '', '+']) {
      expect(isE164Phone(bad)).toBe(false);
    }
  });

  it('the decorator names the field in its message', async () => {
    class Input {
      @IsE164Phone()
      contactPhone!: string;
    }
    const input = Object.assign(new Input(), { contactPhone: '98765 43210' });
    const [error] = await validate(input);
    expect(error?.property).toBe('contactPhone');
    expect(Object.values(error?.constraints ?? {})).toEqual(['contactPhone must be E.164: + and 8–15 digits, e.g. +919876543210']);
    expect(await validate(Object.assign(new Input(), { contactPhone: '+919876543210' }))).toEqual([]);
  });
});
