/**
 * The command "讲话稿：重新编号" (Speech: Renumber All): asks the server for `source.renumber.speech`
 * and applies it only if it was computed for the text as it is now.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CodeAction as LspCodeAction, TextDocumentEdit } from 'vscode-languageclient';

export const RENUMBER_KIND = 'source.renumber.speech';

export async function renumberAll(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'speech') return;
  const document = editor.document;
  const actions = await client.sendRequest<LspCodeAction[] | null>('textDocument/codeAction', {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: [RENUMBER_KIND], triggerKind: 1 },
  });
  const action = actions?.find((a) => a.kind === RENUMBER_KIND && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The numbering is already in order.'));
    return;
  }
  const computedFor = (action.edit.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.version;
  if (computedFor !== document.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The speech changed while it was being renumbered; nothing was changed. Please try again.'));
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The renumbering could not be applied; nothing was changed.'));
  }
}
