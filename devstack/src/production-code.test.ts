import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Local stand-ins (the local Razorpay server, the on-disk media storage) live in folders named
 * `local/`. Production entry points must not import them statically: whoever needs one (the
 * devstack, tests, the bench) imports its path directly, and a subgraph that may choose one by
 * config loads it with a dynamic `import()`.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const isLocalAdapter = (file: string) => relative(ROOT, file).split('/').includes('local');

/** Workspace packages by name, for `@realserv/…` imports (resolved to their sources). */
const PACKAGES = new Map<string, { dir: string; exports: Record<string, { default: string }> }>();
for (const dir of ['platform', 'gateway', 'devstack', ...readdirSync(join(ROOT, 'subgraphs')).map((name) => `subgraphs/${name}`)]) {
  const manifest = join(ROOT, dir, 'package.json');
  if (!existsSync(manifest)) continue;
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; exports?: Record<string, { default: string }> };
  PACKAGES.set(json.name, { dir: join(ROOT, dir), exports: json.exports ?? {} });
}

/** The source file an import names, or null for a package outside the workspace. */
function resolveImport(from: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  const name = specifier.split('/').slice(0, 2).join('/');
  const workspace = PACKAGES.get(name);
  if (!workspace) return null;
  const target = workspace.exports[`.${specifier.slice(name.length)}`]?.default;
  if (!target) throw new Error(`${specifier} (imported by ${relative(ROOT, from)}) is not exported by ${name}`);
  return join(workspace.dir, target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
}

/** Modules a file imports at load time: `import`/`export … from` with values (not types, not `import()`). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path): path is string => path !== null);
}

/** Every local adapter the entry reaches, each with the import chain that leads to it. */
function localAdaptersReachedFrom(entry: string): string[] {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  const reached: string[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    const chain = seen.get(file)!;
    if (isLocalAdapter(file)) reached.push(chain.map((f) => relative(ROOT, f)).join(' → '));
    for (const next of staticImports(file)) {
      if (seen.has(next)) continue;
      seen.set(next, [...chain, next]);
      queue.push(next);
    }
  }
  return reached;
}

const PRODUCTION_ENTRIES = [
  'gateway/src/main.ts',
  ...readdirSync(join(ROOT, 'subgraphs')).flatMap((name) => [`subgraphs/${name}/src/main.ts`, `subgraphs/${name}/src/schema.ts`]),
].filter((entry) => existsSync(join(ROOT, entry)));

describe('local adapters stay out of production code paths', () => {
  it.each(PRODUCTION_ENTRIES)('%s imports no local adapter', (entry) => {
    expect(localAdaptersReachedFrom(join(ROOT, entry))).toEqual([]);
  });

  it('the check sees local adapters imported through a package path (the devstack starts the local Razorpay server)', () => {
    expect(localAdaptersReachedFrom(join(ROOT, 'devstack/src/stack.ts'))).toContainEqual(
      expect.stringMatching(/subgraphs\/payments\/src\/razorpay\/local\/local-razorpay-server\.ts$/),
    );
  });

  it('the local adapters are where this check looks for them', () => {
    for (const file of ['subgraphs/payments/src/razorpay/local/local-razorpay-server.ts', 'subgraphs/integrations/src/media/storage/local/local-media-storage.ts']) {
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
  });
});

/** Top-level `let`/`var` in a subgraph's code (tests aside): where module-level singletons hide. */
function moduleLevelVariables(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const) continue;
      for (const declaration of statement.declarationList.declarations) found.push(`${relative(ROOT, file)}: ${declaration.name.getText(source)}`);
    }
  }
  return found;
}

describe('subgraphs build their services in the wiring root', () => {
  it.each(readdirSync(join(ROOT, 'subgraphs')).filter((name) => existsSync(join(ROOT, 'subgraphs', name, 'src'))))(
    '%s keeps no module-level mutable state (services come from wire(), once per start)',
    (name) => {
      expect(moduleLevelVariables(join(ROOT, 'subgraphs', name, 'src'))).toEqual([]);
    },
  );
});
