/**
 * The extension in the browser (vscode.dev, the web VS Code): it runs in the web worker extension
 * host, and the server, built from the same feature code, in a worker of its own.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import * as extension from '../extension';

/** The browser's `Worker` (the client is type-checked with Node's types, which have no such global). */
declare const Worker: new (scriptUrl: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  // The server's options (a function: the worker starts with the client) come before the client's, as in the Node client.
  return extension.activate(context, (id, name, clientOptions) => new LanguageClient(id, name, async () => {
    const worker = await serverWorker(context);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }, clientOptions));
}

/**
 * The server's worker. An extension installed on a remote (the web VS Code of a server, such as
 * code-server) has a `vscode-remote:` address, from which the web worker extension host cannot start
 * a worker: its script is then read through the workspace file system and started from a `blob:`.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<InstanceType<typeof Worker>> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/server.js');
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

export const deactivate = extension.deactivate;
