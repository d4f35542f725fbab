/**
 * The extension: starts the speech language server (the same bundle as `node dist/server.js`) over
 * IPC for `speech` documents.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { renumberAll } from './renumber';
import { StatisticsStatus } from './statistics';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const outputChannel = vscode.window.createOutputChannel(vscode.l10n.t('Speech'), { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'speech' }],
    outputChannel,
    synchronize: { configurationSection: 'speech' },
  };
  client = new LanguageClient('speech', vscode.l10n.t('Speech Language Server'), serverOptions, clientOptions);
  const started = client;
  context.subscriptions.push(outputChannel, vscode.commands.registerCommand('speech.renumberAll', () => renumberAll(started)));
  await client.start();
  context.subscriptions.push(new StatisticsStatus(started));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
