/**
 * The extension: starts the speech language server (the same bundle as `node dist/server.js`) over
 * stdio for `speech` documents.
 */
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS } from '../../server/src/protocol';
import { renumberAll } from './renumber';
import { registerRestructuring } from './restructure';
import { StatisticsStatus } from './statistics';
import { registerVersionedEdits, versionedCodeActions } from './versionedEdits';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const outputChannel = vscode.window.createOutputChannel(vscode.l10n.t('Speech'), { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'speech' }],
    outputChannel,
    synchronize: { configurationSection: 'speech' },
    errorHandler: restartingErrorHandler(),
    middleware: versionedCodeActions,
  };
  client = new LanguageClient('speech', vscode.l10n.t('Speech Language Server'), serverOptions, clientOptions);
  const started = client;
  context.subscriptions.push(outputChannel, registerVersionedEdits(), vscode.commands.registerCommand(COMMANDS.renumberAll, () => renumberAll(started)));
  await client.start();
  context.subscriptions.push(new StatisticsStatus(started));
  context.subscriptions.push(registerRestructuring(started));
}

/** How many crashes within `RESTART_WINDOW_MS` are restarted before the client gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a server that stopped, and says so once, plainly; gives up (and says that) when it keeps
 * stopping, rather than restarting forever.
 */
function restartingErrorHandler(): ErrorHandler {
  const crashes: number[] = [];
  let told = false;
  return {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The speech language server stopped {0} times in three minutes and was not restarted. Reload the window to start it again; the 讲话稿 output channel says why it stopped.', crashes.length));
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(vscode.l10n.t('The speech language server stopped unexpectedly and was restarted. Your text is unchanged.'));
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
