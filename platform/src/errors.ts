import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * Domain errors: services throw these; `formatError` turns them into `extensions.code`.
 * Anything else that escapes a resolver is an internal error and is never shown to clients.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
}
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'You must be signed in to do this.') {
    super(message);
  }
}
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} was not found.` : `${entity} was not found.`, { entity, ...(id ? { id } : {}) });
  }
}
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
}
/**
 * Something this request depends on did not answer (another service, an identity provider).
 * Safe to retry; the message names no internal service, `internalDetail` goes to the logs only.
 */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(
    readonly internalDetail: string,
    message = 'A service this request needs is temporarily unavailable. Please try again shortly.',
  ) {
    super(message, { retryable: true });
  }
}

const PASSTHROUGH_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // gateway refusals before execution (query cost, response size, trusted documents)
  'QUERY_TOO_COMPLEX',
  'RESPONSE_TOO_LARGE',
  'PERSISTED_QUERY_REQUIRED',
]);

export interface FormatErrorOptions {
  /** Include stack traces and internal messages (never in production). */
  exposeInternals: boolean;
  onInternalError?: (error: unknown) => void;
}

/** Apollo Server `formatError`: the one place errors become `extensions.code`. */
export function createErrorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...(original.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
      // Client errors: validation details are useful to clients; stack traces and the echoed
      // input object (class-validator's `target`) are not.
      const { stacktrace: _stack, validationErrors, ...extensions } = formatted.extensions ?? {};
      return {
        ...formatted,
        extensions: {
          ...extensions,
          ...(Array.isArray(validationErrors) ? { fields: summariseValidationErrors(validationErrors) } : {}),
        },
      };
    }
    options.onInternalError?.(original);
    if (options.exposeInternals) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/** class-validator errors carry the whole input object; clients need only field → messages. */
function summariseValidationErrors(errors: unknown[], prefix = ''): Array<{ field: string; messages: string[] }> {
  return (errors as ClassValidatorError[]).flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...summariseValidationErrors(e.children ?? [], field)];
  });
}

/** For code that must build a GraphQLError directly (e.g. plugins). */
export function graphQLError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
