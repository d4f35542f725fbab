/**
 * Every fix is applied only to the text it was computed for. The language client drops the document
 * version that the server puts on a code action's edit, so the edit is moved into a command that
 * carries the version the document had when the fixes were asked for, and applies nothing if the
 * document has changed since.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { COMMANDS } from '../../server/src/protocol';

const APPLY_EDIT_COMMAND = COMMANDS.applyVersionedEdit;

/**
 * Applies `edit` if `uri` is still at `version`; otherwise says so (`stale`, or that a fix is out of
 * date) and changes nothing. Every edit the server computes goes through here.
 */
export async function applyIfCurrent(uri: string, version: number | undefined, edit: vscode.WorkspaceEdit, stale?: string): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage(stale ?? l10n.t('The speech changed after this fix was computed, so nothing was changed. Please try again.'));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}

export const versionedCodeActions: Middleware = {
  async provideCodeActions(document, range, context, token, next) {
    const version = document.version;
    const actions = await next(document, range, context, token);
    for (const action of actions ?? []) {
      if (!(action instanceof vscode.CodeAction) || !action.edit) continue;
      action.command = { title: action.title, command: APPLY_EDIT_COMMAND, arguments: [document.uri.toString(), version, action.edit] };
      action.edit = undefined;
    }
    return actions;
  },
  // A move's edit is computed only when it is chosen; it names the version it was computed for.
  async resolveCodeAction(item, token, next) {
    // Only moves are resolved; every other action already carries its edit in its command.
    const version = (item as { data?: { version?: number; move?: string } }).data?.move ? (item as { data?: { version?: number } }).data?.version : undefined;
    if (version === undefined) return item;
    const resolved = await next(item, token);
    if (resolved?.edit) {
      const uri = (item as { data?: { uri?: string } }).data?.uri ?? '';
      resolved.command = { title: resolved.title, command: APPLY_EDIT_COMMAND, arguments: [vscode.Uri.parse(uri).toString(), version, resolved.edit] };
      resolved.edit = undefined;
    }
    return resolved;
  },
};

export function registerVersionedEdits(): vscode.Disposable {
  return vscode.commands.registerCommand(APPLY_EDIT_COMMAND, (uri: string, version: number, edit: vscode.WorkspaceEdit) => applyIfCurrent(uri, version, edit));
}
