/**
 * The direction of imports, read from the sources: the speech model knows nothing of LSP, of the
 * features or of the host; the features know the model and the shared helpers, not the server that
 * calls them; only server/src/node/, server/src/cli/ and client/src/node/ touch Node; the client shares with the server only what both
 * sides of the wire must agree on. Importing against the direction would tie the model to one host
 * (or to the editor) and make the server impossible to run in a web worker.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = join(__dirname, '..', '..');

interface Import {
  from: string;
  /** A repository path (`server/src/speech/line.ts`) for a relative import, else the package name. */
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function resolve(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = relative(root, join(root, dirname(from), specifier));
  const found = [base, `${base}.ts`, `${base}/index.ts`].find((path) => statSync(join(root, path), { throwIfNoEntry: false })?.isFile());
  return found ?? base;
}

/** Every static import and re-export of `file`, and whether it brings in types only. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022);
  const imports: Import[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && bindings !== undefined
        && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      imports.push({ from: file, to: resolve(file, statement.moduleSpecifier.text), typeOnly });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      imports.push({ from: file, to: resolve(file, statement.moduleSpecifier.text), typeOnly: statement.isTypeOnly });
    }
  }
  return imports;
}

type Layer = 'model' | 'features' | 'util' | 'shared' | 'settings' | 'document' | 'glue' | 'node' | 'browser' | 'cli' | 'client' | 'package' | 'builtin';

function layerOf(path: string): Layer {
  if (path.startsWith('node:') || builtinModules.includes(path)) return 'builtin';
  if (path.startsWith('server/src/speech/')) return 'model';
  if (path.startsWith('server/src/features/')) return 'features';
  if (path.startsWith('server/src/util/')) return 'util';
  if (path.startsWith('server/src/node/')) return 'node';
  if (path.startsWith('server/src/browser/')) return 'browser';
  if (path.startsWith('server/src/cli/')) return 'cli';
  if (path === 'server/src/settings.ts') return 'settings';
  if (path === 'server/src/speechDocument.ts') return 'document';
  if (path === 'server/src/checks.ts' || path === 'server/src/protocol.ts') return 'shared';
  if (['server/src/server.ts', 'server/src/documentSettings.ts', 'server/src/diagnosticsSupport.ts'].includes(path)) return 'glue';
  if (path.startsWith('client/src/')) return 'client';
  return 'package';
}

const files = [...sourceFiles('server/src'), ...sourceFiles('client/src')];
const imports = files.flatMap(importsOf);
const describeImport = (i: Import) => `${i.from} → ${i.to}${i.typeOnly ? ' (types)' : ''}`;

/** The imports from `layer` into a layer it may not use (`allowed` sees each import). */
function violations(layer: Layer, allowed: (to: Layer, i: Import) => boolean): string[] {
  return imports.filter((i) => layerOf(i.from) === layer && !allowed(layerOf(i.to), i)).map(describeImport);
}

/** Import cycles among the server's and client's files, each as the path that closes it. */
function cycles(): string[] {
  const edges = new Map<string, string[]>();
  for (const i of imports) if (files.includes(i.to)) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  return found;
}

describe('import layering', () => {
  it('reads the imports of every source file', () => {
    assert.ok(files.length > 30 && imports.length > 100, `${files.length} files, ${imports.length} imports`);
    assert.ok(imports.some((i) => i.to === 'server/src/speech/line.ts'), 'relative imports resolve to files');
  });

  it('keeps the speech model free of features, settings, host, LSP and localisation', () => {
    assert.deepEqual(violations('model', (to, i) => to === 'model' || (to === 'package' && i.to === 'nzh')), []);
  });

  it('lets the shared helpers depend on nothing of the server but each other', () => {
    assert.deepEqual(violations('util', (to) => to === 'util' || to === 'package'), []);
  });

  it('lets the features use the model, the helpers, the table of checks, the protocol and the settings’ types, not the server', () => {
    const allowed = (to: Layer, i: Import) => ['model', 'util', 'shared', 'features', 'package'].includes(to) || (to === 'settings' && i.typeOnly);
    assert.deepEqual(violations('features', allowed), []);
  });

  it('lets a feature use another only to compose it: diagnostics of the checks, code actions of the fixes', () => {
    const composes: Record<string, string[]> = {
      'server/src/features/diagnostics.ts': ['numbering.ts', 'counts.ts', 'textChecks.ts'],
      'server/src/features/codeActions.ts': ['renumber.ts', 'textChecks.ts', 'fixAll.ts', 'moves.ts'],
      'server/src/features/fixAll.ts': ['renumber.ts', 'textChecks.ts'],
      'server/src/features/formatting.ts': ['fixAll.ts'],
      'server/src/features/outline.ts': ['moves.ts'],
    };
    // The diagnostics' shared data type and a text check's own helpers under text/ are not features.
    // A feature in a folder of its own (docx/) uses its own files.
    const sameFolder = (i: Import) => i.from.startsWith('server/src/features/docx/') && i.to.startsWith('server/src/features/docx/');
    const part = (i: Import) => i.to === 'server/src/features/diagnosticData.ts' || i.to.startsWith('server/src/features/text/') || sameFolder(i)
      || (composes[i.from] ?? []).some((name) => i.to === `server/src/features/${name}`);
    const across = imports.filter((i) => layerOf(i.from) === 'features' && layerOf(i.to) === 'features' && !i.from.startsWith('server/src/features/text/') && !part(i));
    assert.deepEqual(across.map(describeImport), []);
  });

  it('keeps the table of checks and the protocol to the model’s types and the LSP types', () => {
    assert.deepEqual(violations('shared', (to, i) => to === 'package' || (to === 'model' && i.typeOnly)), []);
  });

  it('keeps the document store to the model', () => {
    assert.deepEqual(violations('document', (to) => to === 'model' || to === 'util'), []);
  });

  it('starts the LSP glue only from the Node and the browser entries', () => {
    assert.deepEqual(imports.filter((i) => layerOf(i.to) === 'glue' && !['node', 'browser', 'glue'].includes(layerOf(i.from))).map(describeImport), []);
  });

  it('lets the command line use the model, the features and the settings as the server does, not the LSP glue', () => {
    const allowed = (to: Layer) => ['cli', 'features', 'model', 'util', 'shared', 'settings', 'document', 'package', 'builtin'].includes(to);
    assert.deepEqual(violations('cli', allowed), []);
    assert.ok(imports.some((i) => i.from === 'server/src/cli/speechFile.ts' && i.to === 'server/src/features/codeActions.ts'), 'fix-all is the server’s');
  });

  it('keeps the browser entry to the LSP glue and the browser connection', () => {
    assert.deepEqual(violations('browser', (to, i) => to === 'glue' || i.to === 'vscode-languageserver/browser'), []);
  });

  it('uses Node only in server/src/node/, the command line and the client’s Node entry', () => {
    const nodeOnly = (i: Import) => layerOf(i.to) === 'builtin' || i.to === 'vscode-languageserver/node' || i.to === 'vscode-languageclient/node';
    const outside = imports.filter((i) => nodeOnly(i) && !['node', 'cli'].includes(layerOf(i.from)) && !i.from.startsWith('client/src/node/'));
    assert.deepEqual(outside.map(describeImport), []);
  });

  it('shares with the server only the digit grouping, the time as authors say it and the protocol', () => {
    const shared = (i: Import) => ['server/src/util/digits.ts', 'server/src/util/duration.ts', 'server/src/protocol.ts'].includes(i.to);
    const allowed = (to: Layer, i: Import) => ['client', 'package', 'builtin'].includes(to) || shared(i);
    assert.deepEqual(violations('client', allowed), []);
  });

  it('has no import cycles', () => {
    assert.deepEqual(cycles(), []);
  });
});
