/** The README's table of examples is a promise: every example there parses to its row's intent. */
import { readFileSync } from 'node:fs';
import { parseIntent } from './parse-intent.js';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Intents'), readme.indexOf('Order references:'));
const examples = section
  .split('\n')
  .filter((line) => /^\| `[A-Z]/.test(line))
  .flatMap((line) => {
    const [, kindCell = '', ...cells] = line.split('|');
    const kinds = [...kindCell.matchAll(/`([A-Z]+)/g)].map((m) => m[1]!);
    return cells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => [m[1]!, kinds] as const));
  })
  .filter(([, kinds]) => !kinds.includes('AMBIGUOUS'));

describe('the README’s examples', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThan(80);
  });

  it.each(examples)('%p is %p', (text, kinds) => {
    expect(kinds).toContain(parseIntent(text).intent.kind);
  });
});
