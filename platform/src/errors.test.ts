import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError, createErrorFormatter } from './errors.js';

const production = createErrorFormatter({ exposeInternals: false });
const development = createErrorFormatter({ exposeInternals: true });

describe('error formatting', () => {
  it('maps domain errors to their extensions.code with details', () => {
    const formatted = production({ message: 'x', path: ['order'] }, new NotFoundError('Order', 'o-1'));
    expect(formatted).toEqual({
      message: 'Order o-1 was not found.',
      path: ['order'],
      extensions: { code: 'NOT_FOUND', entity: 'Order', id: 'o-1' },
    });
    expect(production({ message: 'x' }, new ConflictError('Stock ran out.')).extensions?.code).toBe('CONFLICT');
  });

  it('hides internal errors (SQL, stack traces) in production', () => {
    const sqlError = new Error('duplicate key value violates unique constraint "users_pkey"');
    const formatted = production({ message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, sqlError);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('shows internal errors in development', () => {
    const formatted = development({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('boom'));
    expect(formatted.message).toBe('boom');
  });

  it('turns class-validator errors into field messages without echoing the input', () => {
    const validationErrors = [
      { property: 'pincode', target: { secret: 'input' }, value: '0', constraints: { matches: 'pincode must be 6 digits' }, children: [] },
      { property: 'address', children: [{ property: 'city', constraints: { length: 'city is too short' }, children: [] }] },
    ];
    const error = new GraphQLError('Argument Validation Error', { extensions: { code: 'BAD_USER_INPUT', validationErrors } });
    const formatted = production({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'pincode', messages: ['pincode must be 6 digits'] },
        { field: 'address.city', messages: ['city is too short'] },
      ],
    });
    expect(JSON.stringify(formatted)).not.toContain('secret');
  });
});
