/**
 * The command "讲话稿：重新编号" (Speech: Renumber All): asks the server for `source.renumber.speech`
 * and applies it as every fix is applied (versionedEdits.ts): only to the text it was computed for.
 */
import * as vscode from 'vscode';
import { CodeActionRequest, CodeActionTriggerKind, type BaseLanguageClient, type TextDocumentEdit } from 'vscode-languageclient';
import { RENUMBER_KIND } from '../../server/src/protocol';
import { applyIfCurrent } from './versionedEdits';

export async function renumberAll(client: BaseLanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'speech') return;
  const document = editor.document;
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: [RENUMBER_KIND], triggerKind: CodeActionTriggerKind.Invoked },
  });
  const action = actions?.find((a) => 'kind' in a && a.kind === RENUMBER_KIND && a.edit);
  if (!action || !('edit' in action) || !action.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The numbering is already in order.'));
    return;
  }
  // The edit names the version the server computed it for: applied only if the document is still at it.
  const computedFor = (action.edit.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.version ?? undefined;
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
  const stale = vscode.l10n.t('The speech changed while it was being renumbered; nothing was changed. Please try again.');
  if (!(await applyIfCurrent(document.uri.toString(), computedFor, edit, stale)) && document.version === computedFor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The renumbering could not be applied; nothing was changed.'));
  }
}
