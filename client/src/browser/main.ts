/**
 * The extension in the browser (vscode.dev, the web VS Code): it runs in the web worker extension
 * host, and the server, built from the same feature code, in a worker of its own.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import * as extension from '../extension';

/** The browser's `Worker` (the client is type-checked with Node's types, which have no such global). */
declare const Worker: new (scriptUrl: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return extension.activate(context, (id, name, clientOptions) => {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
    const worker = new Worker(serverMain.toString(true));
    return new LanguageClient(id, name, clientOptions, worker);
  });
}

export const deactivate = extension.deactivate;
