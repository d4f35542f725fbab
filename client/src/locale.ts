/**
 * The language of the extension's messages: `speech.locale` when it names one, else VS Code's
 * display language. The client's messages (`@vscode/l10n`, configured here) and the server's (told in
 * the initialization options) follow the same choice, so an author can have Chinese messages in
 * an English VS Code.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { COMMANDS } from '../../server/src/protocol';

export function messageLocale(): string {
  const chosen = vscode.workspace.getConfiguration('speech').get<string>('locale', 'auto');
  return chosen === 'zh-cn' || chosen === 'en' ? chosen : vscode.env.language;
}

/** Loads the client's messages in `locale`; returns it. */
export function configureMessages(locale = messageLocale()): string {
  l10n.config({ contents: locale.toLowerCase().startsWith('zh') ? zhCn : {} });
  return locale;
}

/** A changed `speech.locale` takes effect when the window reloads: offer that. */
export function offerReloadOnLocaleChange(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (!e.affectsConfiguration('speech.locale')) return;
    const reload = l10n.t('Reload Window');
    const answer = await vscode.window.showInformationMessage(l10n.t('The language of the speech messages changes when the window reloads.'), reload);
    if (answer === reload) await vscode.commands.executeCommand(COMMANDS.reloadWindow);
  });
}
