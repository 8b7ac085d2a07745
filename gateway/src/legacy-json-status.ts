import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * GraphQL over HTTP: a client that explicitly accepts only `application/json` (the legacy media
 * type) SHOULD get 200 for a document that does not parse or validate, with the errors in the
 * body, because such clients treat 4xx as a transport failure and never read the body. Clients
 * that accept `application/graphql-response+json` (Apollo Client, graphql-http, urql) or say
 * nothing keep Apollo Server's 400. Variable coercion errors keep 400 (Apollo Server's default).
 */
export function legacyJsonStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyOnly = /application\/json/i.test(accept) && !/application\/graphql-response\+json/i.test(accept);
      if (!legacyOnly) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
