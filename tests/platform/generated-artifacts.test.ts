import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphDefinition } from '@realserv/devstack';
import { createLogger, openDatabase, subgraphEntities } from '@realserv/platform';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('generated files are current', () => {
  it('schema/ (each subgraph SDL, the supergraph and the API schema) matches the code and composes', async () => {
    const { stdout } = await run(process.execPath, ['devstack/dist/cli/compose.js', '--check'], { cwd: repoRoot });
    expect(stdout).toContain('schema/ is current');
  });

  it('the typed client SDK in clients/ matches the operations and the API schema', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', '--check'],
      { cwd: repoRoot },
    ).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`Generated client code is stale; run \`npm run codegen\`.\n${error.stdout}\n${error.stderr}`);
    });
    expect(`${stdout}${stderr}`).not.toMatch(/need to be regenerated|changed/i);
  });

  it.each(SUBGRAPHS.map((s) => s.name))('the %s migrations produce exactly the schema its entities describe', async (name) => {
    const urls = JSON.parse(process.env.REALSERV_DATABASE_URLS ?? '{}') as Record<string, string>;
    const definition = await subgraphDefinition(name);
    const orm = await openDatabase({
      clientUrl: urls[name]!,
      entities: subgraphEntities(definition),
      migrations: definition.migrations,
      poolMax: 1,
      log: createLogger('drift-check', 'silent'),
    });
    try {
      expect(await orm.migrator.getPending()).toEqual([]);
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
