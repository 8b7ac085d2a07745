// The server of the http-client scenario (a child process, so its CPU is not the caller's): a
// fixed 1 KB JSON answer to every POST, on a port it reports to its parent.
import { createServer } from 'node:http';

const answer = JSON.stringify({
  data: { materials: Array.from({ length: 10 }, (_, i) => ({ id: `material-${i}`, name: `OPC 53 cement ${i}`, unit: 'BAG_50KG', price: { paise: 41_000 + i } })) },
});
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-sql-statements': '1' });
    res.end(answer);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => process.send?.(server.address().port));
process.on('disconnect', () => process.exit(0));
