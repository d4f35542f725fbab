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
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: unknown[]): Promise<void>;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

export async function startServer(options: { locale?: string; capabilities?: object } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => { logs.push(params.message); });
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
