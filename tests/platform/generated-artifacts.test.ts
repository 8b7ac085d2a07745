import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { SUBGRAPHS, subgraphDefinition } from '@realserv/devstack';
import { createLogger, openDatabase, subgraphEntities } from '@realserv/platform';
import { databaseUrl } from '../harness/subgraph-db.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** GraphQL Code Generator; under NODE_ENV=test (jest) it would print nothing, errors included. */
const codegen = (args: string[], cwd: string) =>
  run(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', ...args], { cwd, env: { ...process.env, NODE_ENV: undefined } });

/** Each subgraph's calls to a peer: `subgraphs/<caller>/src/ports/<callee>.peer.graphql`. */
const peerOperations = globSync('subgraphs/*/src/**/*.peer.graphql', { cwd: repoRoot }).sort().map((path) => {
  const match = /^subgraphs\/([^/]+)\/src\/(.+\/)?([^/]+)\.peer\.graphql$/.exec(path)!;
  return { path, caller: match[1]!, folder: match[2] ?? '', callee: match[3]! };
});

describe('generated files are current', () => {
  it('schema/ (each subgraph SDL, the supergraph and the API schema) matches the code and composes', async () => {
    const { stdout } = await run(process.execPath, ['devstack/dist/cli/compose.js', '--check'], { cwd: repoRoot });
    expect(stdout).toContain('schema/ is current');
  });

  it('the typed client SDK in clients/ and the typed peer operations in subgraphs/*/src/ports/generated match their operations and schemas', async () => {
    const { stdout, stderr } = await codegen(['--check'], repoRoot).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`Generated client code is stale; run \`npm run codegen\`.\n${error.stdout}\n${error.stderr}`);
    });
    expect(`${stdout}${stderr}`).not.toMatch(/need to be regenerated|changed/i);
  });

  it('every peer operation file is in ports/ and generated against its callee\'s subgraph SDL', () => {
    const config = readFileSync(join(repoRoot, 'codegen.yml'), 'utf8');
    expect(peerOperations.map((op) => `${op.caller} → ${op.callee}`)).toContain('orders → catalog');
    for (const op of peerOperations) {
      expect({ path: op.path, folder: op.folder }).toEqual({ path: op.path, folder: 'ports/' });
      expect({ path: op.path, calleeSchema: existsSync(join(repoRoot, `schema/${op.callee}.graphql`)) }).toEqual({ path: op.path, calleeSchema: true });
      // The target's block in codegen.yml: from its key to the next target.
      const key = `  subgraphs/${op.caller}/src/ports/generated/${op.callee}.ts:\n`;
      const block = config.includes(key) ? config.slice(config.indexOf(key) + key.length).split(/^  \S/m)[0]! : '';
      expect({ path: op.path, target: block }).toEqual({
        path: op.path,
        target: expect.stringMatching(new RegExp(`^    schema: schema/${op.callee}\\.graphql\\n    documents: ${op.path.replaceAll('.', '\\.')}\\n`)),
      });
    }
  });

  it('codegen fails when a callee renames a field a caller selects', async () => {
    // A scratch copy of what codegen reads, with every peer operation's root field renamed in
    // its callee's SDL, as `npm run compose` would write it after such a change in the callee.
    const scratch = mkdtempSync(join(tmpdir(), 'realserv-peer-rename-'));
    try {
      for (const path of ['codegen.yml', 'schema', ...globSync('{clients,subgraphs}/**/*.graphql', { cwd: repoRoot, exclude: (path) => path.includes('node_modules') })]) {
        mkdirSync(dirname(join(scratch, path)), { recursive: true });
        cpSync(join(repoRoot, path), join(scratch, path), { recursive: true });
      }
      symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'));
      const renamed = peerOperations.map((op) => {
        const operation = parse(readFileSync(join(repoRoot, op.path), 'utf8')).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
        const field = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD)!.name.value;
        const sdl = join(scratch, `schema/${op.callee}.graphql`);
        writeFileSync(sdl, readFileSync(sdl, 'utf8').replace(new RegExp(`^  ${field}\\b`, 'gm'), `  ${field}Renamed`));
        return { op, field };
      });
      const failure = await codegen([], scratch).then(
        () => null,
        (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
      );
      expect(failure).toContain('GraphQL Document Validation failed');
      for (const { op, field } of renamed) {
        expect(failure).toContain(`Cannot query field "${field}"`);
        expect(failure).toContain(op.path);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.each(SUBGRAPHS.map((s) => s.name))('the %s migrations produce exactly the schema its entities describe', async (name) => {
    const definition = await subgraphDefinition(name);
    const orm = await openDatabase({
      clientUrl: databaseUrl(name),
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
