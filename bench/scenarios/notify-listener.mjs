// A LISTEN-only process for notify-fanout: it listens on the channel it is given, counts what
// arrives, and on request reports the count and the CPU it used since it was listening.
import pg from 'pg';

const [connectionString, channel] = process.argv.slice(2);
const client = new pg.Client({ connectionString, application_name: 'bench-notify-listener' });
let received = 0;
client.on('notification', () => (received += 1));
await client.connect();
await client.query(`listen ${channel}`);
const since = process.cpuUsage();
process.send({ ready: true });
process.on('message', async () => {
  const used = process.cpuUsage(since);
  process.send({ received, cpuMs: (used.user + used.system) / 1000 });
  await client.end();
  process.exit(0);
});
