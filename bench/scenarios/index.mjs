import { catalogBrowse, catalogSearch } from './catalog.mjs';
import { orderPlacement } from './orders.mjs';
import { paymentVerification } from './payments.mjs';
import { subscriptionFanout } from './subscriptions.mjs';
import { costAttack } from './cost-attack.mjs';
import { browse100, seedMix } from './mix.mjs';
import { fixedCosts } from './fixed-costs.mjs';
import { notificationsDrain } from './notifications.mjs';
import { whatsappBot } from './whatsapp-bot.mjs';
import { analyticsDashboard } from './analytics.mjs';
import { deliveryOptions } from './delivery-options.mjs';
import { eventBusCost } from './event-bus.mjs';
import { idle } from './idle.mjs';
import { notifyFanout } from './notify-fanout.mjs';
import { httpClient } from './http-client.mjs';

/**
 * Every scenario: name, description, prepare(env) → context, request(context) → autocannon
 * options. Optional: `connections` (levels used instead of BENCH_CONNECTIONS), `durationSeconds`
 * (instead of BENCH_DURATION_SECONDS), `report(context)` → extra lines printed under the table
 * and saved in the JSON result. env is { gatewayUrl, metricsUrl, emulatorHost, razorpayUrl, databaseUrls,
 * mailUrl, whatsappUrl, notificationsUrl, ordersUrl, ordersCallerKey } (mailUrl to notificationsUrl for notifications-drain; whatsappUrl also for
 * whatsapp-bot; the orders pair for delivery-options' statement count).
 *
 * A scenario that is not HTTP load has `custom(context)` → { rows, report? } instead of
 * `request`: run.mjs calls it in place of autocannon and prints the rows with the scenario's
 * `columns` ([header, (row) => cell] pairs, or a function of the default ones); its second argument, { levels, measure }, lets it run
 * several autocannon requests itself (`measure(options, connections)` → a row). Other fields it returns (settings, CPU per
 * process) are saved in the JSON result. `manual: true` leaves a scenario out of a run that names none.
 */
export const scenarios = [catalogBrowse, catalogSearch, orderPlacement, deliveryOptions, paymentVerification, subscriptionFanout, seedMix, browse100, fixedCosts, notificationsDrain, whatsappBot, analyticsDashboard, costAttack, eventBusCost, idle, notifyFanout, httpClient];
