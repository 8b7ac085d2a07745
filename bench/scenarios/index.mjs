import { catalogBrowse, catalogSearch } from './catalog.mjs';
import { orderPlacement } from './orders.mjs';
import { paymentVerification } from './payments.mjs';

/**
 * Every scenario: name, description, prepare(env) → context, request(context) → autocannon
 * options. Optional: `connections` (levels used instead of BENCH_CONNECTIONS), `durationSeconds`
 * (instead of BENCH_DURATION_SECONDS), `report(context)` → extra lines printed under the table
 * and saved in the JSON result. env is { gatewayUrl, emulatorHost, razorpayUrl, projectId }.
 */
export const scenarios = [catalogBrowse, catalogSearch, orderPlacement, paymentVerification];
