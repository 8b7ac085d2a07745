import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ServiceUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Clients see only a retryable SERVICE_UNAVAILABLE; operators need to know which dependency
 * failed, for which request. Logged once per failure with the request's own logger (request id,
 * user id) and the internal detail the client never sees.
 */
export function dependencyFailureLogPlugin<T extends { log: Logger; requestId: string }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original instanceof ServiceUnavailableError)) continue;
            contextValue.log.error(
              { requestId: contextValue.requestId, operationName, path: error.path, detail: original.internalDetail },
              'a dependency failed; answered SERVICE_UNAVAILABLE',
            );
          }
        },
      };
    },
  };
}
