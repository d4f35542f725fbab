/**
 * The extension's one bundle (`dist/client.js`, the manifest's `main` and `browser`): in VS Code
 * desktop or on a remote it starts the server as a Node process, in the browser's web worker
 * extension host in a worker. Each host's code is loaded only where it runs, so the Node modules of
 * the one are never evaluated in the browser, and both share every other line of the bundle.
 */
import type * as vscode from 'vscode';

/** Whether the extension host is Node's (desktop, remote) rather than a browser's web worker. */
function runsOnNode(): boolean {
  const host = globalThis as { process?: { versions?: { node?: unknown } } };
  return typeof host.process?.versions?.node === 'string';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const host = runsOnNode() ? await import('./node/main') : await import('./browser/main');
  await host.activate(context);
}

export { deactivate } from './extension';
