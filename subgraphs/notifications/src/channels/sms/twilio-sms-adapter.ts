import { AsyncLocalStorage } from 'node:async_hooks';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type * as SdkResponse from 'twilio/lib/http/response.js';
import { ProviderError, type ProviderAccepted, type SmsMessage, type SmsPort } from '../port.js';
import { statusCallbackUrl, type SmsSettings } from './sms-settings.js';
import { providerErrorFromTwilio } from './twilio-errors.js';

/** The India DLT identifiers of one message, as Twilio's Messages API names them (errors 21900 / 21901). */
interface DltParameters {
  DltPEId: string;
  DltTemplateId: string;
}

/**
 * The SDK's own RequestClient (axios, Basic auth from the account SID and token, User-Agent,
 * timeouts), handed to the client through its documented `httpClient` option
 * (twilio-node advanced-examples/custom-http-client.md). It adds two things and changes nothing else:
 * - DLT ids: Twilio's error catalogue validates `DltPEId` and `DltTemplateId` on message creation
 *   (21900 "DltPEId is invalid", 21901 "DltTemplateId is invalid"), but the SDK's typed
 *   `messages.create` serialises only the parameters of its OpenAPI spec and drops the rest. The
 *   send that needs them runs inside `dlt.run(...)`, and the form body of that one POST to
 *   `…/Messages.json` gets the two fields.
 * - Local base URL: with `apiUrl` set, `https://api.twilio.com/2010-04-01/…` goes to the same path
 *   on the local Twilio-compatible server, so the request is still built and authenticated by the SDK.
 */
class RealServTwilioHttpClient extends twilio.RequestClient {
  constructor(
    private readonly dlt: AsyncLocalStorage<DltParameters>,
    private readonly apiUrl: string | undefined,
    timeoutMs: number,
  ) {
    super({ timeout: timeoutMs, keepAlive: true });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<SdkResponse.default<TData>> {
    let uri = new URL(opts.uri);
    let data = opts.data;
    const ids = this.dlt.getStore();
    if (ids && opts.method === 'post' && uri.pathname.endsWith('/Messages.json')) {
      data = { ...(data as Record<string, unknown>), ...ids } as TData;
    }
    if (this.apiUrl) uri = new URL(`${uri.pathname}${uri.search}`, this.apiUrl);
    return super.request<TData>({ ...opts, uri: uri.href, ...(data === undefined ? {} : { data }) });
  }
}

/**
 * The SMS port on Twilio's Programmable Messaging API, through the official SDK in production and
 * locally (then `apiUrl` points it at the local Twilio-compatible server).
 *
 * India: the body must be the DLT content template it is registered under with only the variables
 * filled in, sent from the registered header (`From` = SMS_SENDER_ID, Twilio's alphanumeric sender
 * id, pre-registered with Twilio's Sender ID team together with the PE ID and the templates), and
 * the message carries the PE ID and the template id. See docs/sms.md.
 */
export async function createSmsPort(settings: SmsSettings): Promise<SmsPort> {
  const dlt = new AsyncLocalStorage<DltParameters>();
  const client = twilio(settings.accountSid, settings.authToken, {
    httpClient: new RealServTwilioHttpClient(dlt, settings.apiUrl, settings.timeoutMs ?? 10_000),
    // Retries belong to the dispatcher's queue (backoff, attempts, the permanent/transient split).
    autoRetry: false,
  });
  const statusCallback = statusCallbackUrl(settings);

  return {
    async send(message: SmsMessage): Promise<ProviderAccepted> {
      if (!message.dltTemplateId) {
        // Indian operators drop an unregistered message after Twilio has charged for it; refuse before.
        throw new ProviderError('SMS', 'DLT_TEMPLATE_MISSING', true, `SMS ${message.reference} has no DLT template id`);
      }
      try {
        const created = await dlt.run({ DltPEId: settings.dltEntityId, DltTemplateId: message.dltTemplateId }, () =>
          client.messages.create({
            to: message.to,
            from: settings.senderId,
            ...(settings.messagingServiceSid ? { messagingServiceSid: settings.messagingServiceSid } : {}),
            body: message.body,
            statusCallback,
          }),
        );
        return { providerMessageId: created.sid };
      } catch (error) {
        throw providerErrorFromTwilio(error);
      }
    },
  };
}
