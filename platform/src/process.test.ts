import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const processModule = fileURLToPath(new URL('../dist/process.js', import.meta.url));

/** stderr of a fresh Node that calls url.parse from outside node_modules, settling first or not. */
function stderrOf(settleFirst: boolean): string {
  const script = [
    `import { settleUrlParseWarning } from ${JSON.stringify(processModule)};`,
    `import { parse } from 'node:url';`,
    settleFirst ? 'settleUrlParseWarning();' : '',
    `parse('/graphql?x=1');`,
  ].join('\n');
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stderr;
}

describe("settling url.parse's deprecation check", () => {
  it('url.parse has already warned (silently): later calls neither warn nor walk the stack to decide', () => {
    expect(stderrOf(false)).toContain('DEP0169');
    expect(stderrOf(true)).toBe('');
  });
});
