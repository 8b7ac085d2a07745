import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlOperationDuration } from '../http/metrics.js';

/** Records each operation's duration and outcome in Prometheus. */
export function operationMetricsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const end = graphqlOperationDuration.startTimer();
      let failed = false;
      return {
        async didEncounterErrors() {
          failed = true;
        },
        async willSendResponse(requestContext) {
          // Operation names are chosen by clients: not a label, or cardinality is unbounded.
          end({
            type: requestContext.operation?.operation ?? 'unknown',
            outcome: failed ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
