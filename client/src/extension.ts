/**
 * The extension, one activation for both hosts: client/src/node/main.ts starts the speech language
 * server (`node dist/server.js`) over stdio, client/src/browser/main.ts starts the same script in a
 * web worker; everything else is the same for `speech` documents.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions,
} from 'vscode-languageclient';
import { COMMANDS, type SpeechInitializationOptions } from '../../server/src/protocol';
import { configureMessages, offerReloadOnLocaleChange } from './locale';
import { goToNextPlaceholder } from './placeholders';
import { renumberAll, renumberOnSave } from './renumber';
import { registerRestructuring } from './restructure';
import { StatisticsStatus } from './statistics';
import { registerVersionedEdits, versionedCodeActions } from './versionedEdits';
import { registerWordCommands } from './word';

/** Makes the host's language client (Node: a server process; browser: a worker) with these options. */
export type CreateClient = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient;

/** The output channel's name: the language's own name, the same in every display language (messages and the README refer to it). */
const OUTPUT_CHANNEL = '讲话稿';

let client: BaseLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext, createClient: CreateClient): Promise<void> {
  const locale = configureMessages();
  const initializationOptions: SpeechInitializationOptions = { locale };
  const outputChannel = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'speech' }],
    outputChannel,
    synchronize: { configurationSection: 'speech' },
    errorHandler: restartingErrorHandler(),
    middleware: versionedCodeActions,
    initializationOptions,
  };
  client = createClient('speech', l10n.t('Speech Language Server'), clientOptions);
  const started = client;
  context.subscriptions.push(
    offerReloadOnLocaleChange(), renumberOnSave(started), vscode.commands.registerCommand(COMMANDS.nextPlaceholder, goToNextPlaceholder),
  );
  context.subscriptions.push(outputChannel, registerVersionedEdits(), vscode.commands.registerCommand(COMMANDS.renumberAll, () => renumberAll(started)));
  context.subscriptions.push(...registerWordCommands(started));
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
        void vscode.window.showErrorMessage(l10n.t('The speech language server stopped {0} times in three minutes and was not restarted. Reload the window to start it again; the 讲话稿 output channel says why it stopped.', crashes.length));
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(l10n.t('The speech language server stopped unexpectedly and was restarted. Your text is unchanged.'));
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
