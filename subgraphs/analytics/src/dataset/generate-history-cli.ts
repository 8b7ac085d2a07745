import { writeHistory } from './write-history.js';

/**
 * `npm run analytics:generate -- <analytics database URL> [orders]`: a year of history (default
 * 200,000 orders over 50 vendors and 10 cities, ending yesterday in India) added to the read
 * models. It adds to what is there: run it once on a fresh database (or after rebuildAnalytics).
 */
const [url, orders = '200000'] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: npm run analytics:generate -- <analytics database URL> [orders]\n');
  process.exit(2);
}
const result = await writeHistory(url, { orders: Number(orders), onBatch: (n) => process.stdout.write(`\r${n} orders`) });
process.stdout.write(`\nwrote ${result.orders} orders (GMV ${result.gmvPaise} paise) in ${result.seconds} s\n`);
