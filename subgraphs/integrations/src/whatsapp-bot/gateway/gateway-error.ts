/** A GraphQL error the gateway answered (FORBIDDEN, CONFLICT, …): the bot words a reply from its code. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reason: string | null,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}
