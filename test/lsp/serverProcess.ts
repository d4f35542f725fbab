/**
 * Drives `node dist/server.js --stdio` as a separate process, as an editor does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface ServerProcess {
  connection: MessageConnection;
  child: ChildProcess;
  initializeResult: InitializeResult;
  /** What the server logged (window/logMessage). */
  logs: string[];
  /** How many times the server asked the client to pull diagnostics again. */
  refreshes: number;
  /** Diagnostics the server pushed, by document. */
  published: Map<string, { version?: number; diagnostics: unknown[] }>;
  /** What the client answers to workspace/configuration for `speech`; a function answers per `scopeUri`. */
  settings: unknown;
  /** Resolves when `check` holds, polling the client-side state (bounded by `timeoutMs`). */
  waitFor(check: () => boolean, timeoutMs?: number): Promise<void>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: unknown[]): Promise<void>;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

/** A client that pulls diagnostics and settings, as VS Code does. */
export const PULL_CLIENT = {
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, foldingRange: {}, diagnostic: {}, codeAction: {} },
};

export async function startServer(options: { locale?: string; capabilities?: object; settings?: unknown } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => { logs.push(params.message); });
  const state = {
    refreshes: 0,
    published: new Map<string, { version?: number; diagnostics: unknown[] }>(),
    settings: options.settings,
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    state.published.set(params.uri, { version: params.version, diagnostics: params.diagnostics });
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
    params.items.map((item) => (typeof state.settings === 'function' ? state.settings(item.scopeUri) : state.settings) ?? null));
  connection.onRequest('workspace/diagnostic/refresh', () => { state.refreshes++; return null; });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid, rootUri: null, locale: options.locale,
    capabilities: options.capabilities ?? {
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, foldingRange: {} },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection, child, initializeResult, logs,
    get refreshes() { return state.refreshes; },
    published: state.published,
    get settings() { return state.settings; },
    set settings(value: unknown) { state.settings = value; },
    async waitFor(check, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the server');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    open: (uri, text, version = 1) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version, text } }),
    change: (uri, version, changes) => connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes }),
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => { child.kill(); resolve(); }, 2000);
        child.on('exit', () => { clearTimeout(timer); resolve(); });
      });
    },
  };
}
