/**
 * The command "讲话稿：重新编号" (Speech: Renumber All): asks the server for `source.renumber.speech`
 * and applies it as every fix is applied (versionedEdits.ts): only to the text it was computed for.
 * With `speech.renumberOnSave`, saving a speech renumbers it the same way.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import {
  CodeActionRequest, CodeActionTriggerKind, type BaseLanguageClient, type CodeAction, type TextDocumentEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageclient';
import { RENUMBER_KIND } from '../../server/src/protocol';
import { applyIfCurrent } from './versionedEdits';

/** The server's renumbering of `document` and the version it was computed for; undefined when nothing changes. */
type Renumbering = { edit: WorkspaceEdit; edits: TextDocumentEdit; version: number };

async function renumbering(client: BaseLanguageClient, document: vscode.TextDocument): Promise<Renumbering | undefined> {
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: [RENUMBER_KIND], triggerKind: CodeActionTriggerKind.Invoked },
  });
  const action = actions?.find((a): a is CodeAction => 'kind' in a && a.kind === RENUMBER_KIND && a.edit !== undefined);
  const edits = action?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  // The edit names the version the server computed it for: applied only if the document is still at it.
  return action?.edit && edits && edits.textDocument.version !== null ? { edit: action.edit, edits, version: edits.textDocument.version } : undefined;
}

export async function renumberAll(client: BaseLanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'speech') return;
  const document = editor.document;
  const found = await renumbering(client, document);
  if (!found) {
    void vscode.window.showInformationMessage(l10n.t('The numbering is already in order.'));
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(found.edit);
  const stale = l10n.t('The speech changed while it was being renumbered; nothing was changed. Please try again.');
  if (!(await applyIfCurrent(document.uri.toString(), found.version, edit, stale)) && document.version === found.version) {
    void vscode.window.showWarningMessage(l10n.t('The renumbering could not be applied; nothing was changed.'));
  }
}

/** `speech.renumberOnSave`: a speech is renumbered as it is saved (only the text the renumbering was computed for). */
export function renumberOnSave(client: BaseLanguageClient): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const { document } = event;
    if (document.languageId !== 'speech' || !vscode.workspace.getConfiguration('speech', document).get<boolean>('renumberOnSave', false)) return;
    event.waitUntil(renumbering(client, document).then(async (found) => {
      if (!found || document.version !== found.version) return [];
      return client.protocol2CodeConverter.asTextEdits(found.edits.edits as TextEdit[]);
    }, () => []));
  });
}
