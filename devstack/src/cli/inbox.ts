import { printInbox } from '../local-inboxes.js';

/**
 * `npm run inbox -- mail` lists what the local mail catcher received; `npm run inbox -- mail <id>`
 * shows one message; `--json` prints the server's JSON. The URL is the running stack's
 * (runner.lock), else the fixed one of `npm start`.
 */
process.exitCode = await printInbox(process.argv.slice(2), (text) => process.stdout.write(text));
