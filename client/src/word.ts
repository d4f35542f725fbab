/**
 * The commands 讲话稿：导出为 Word (Speech: Export to Word) and 讲话稿：从 Word 导入 (Speech: Import
 * from Word). The server builds and reads the .docx (`speech/exportDocx`, `speech/importDocx`); the
 * client only reads and writes files, through `vscode.workspace.fs`, so that both commands work in
 * VS Code desktop and in the web VS Code.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, ExportDocxRequest, ImportDocxRequest } from '../../server/src/protocol';

const exportRequest = new RequestType<ExportDocxRequest.Params, ExportDocxRequest.Result, void>(ExportDocxRequest.method);
const importRequest = new RequestType<ImportDocxRequest.Params, ImportDocxRequest.Result, void>(ImportDocxRequest.method);

export function registerWordCommands(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.exportDocx, (uri?: vscode.Uri) => reportFailure(exportDocx(client, uri))),
    vscode.commands.registerCommand(COMMANDS.importDocx, (uri?: vscode.Uri) => reportFailure(importDocx(client, uri))),
  ];
}

async function reportFailure(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}

/** `uri` with its extension (`.speech`, `.docx`) replaced by `extension`. */
function beside(uri: vscode.Uri, extension: string): vscode.Uri {
  const path = uri.path.replace(/(\.[^./]*)?$/, extension);
  return uri.with({ path });
}

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Whether `target` may be written: it does not exist, or the author says to replace it. */
async function mayWrite(target: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    return true;
  }
  const replace = l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(l10n.t('{0} already exists. Replace it?', baseName(target)), { modal: true }, replace);
  return answer === replace;
}

async function exportDocx(client: BaseLanguageClient, uri: vscode.Uri | undefined): Promise<void> {
  const source = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) return;
  // The server exports what the editor has (unsaved changes too): the speech must be open.
  const document = await vscode.workspace.openTextDocument(source);
  if (document.languageId !== 'speech') await vscode.languages.setTextDocumentLanguage(document, 'speech');
  const target = beside(source, '.docx');
  if (!(await mayWrite(target))) return;
  const written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: l10n.t('Exporting {0} to Word…', baseName(source)) }, async () => {
    const textDocument = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    let result = await client.sendRequest(exportRequest, { textDocument });
    // A document opened just now may reach the server a moment after the request.
    for (let attempt = 0; result === null && attempt < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      result = await client.sendRequest(exportRequest, { textDocument });
    }
    if (!result) throw new Error(l10n.t('The speech could not be exported; the 讲话稿 output channel says why.'));
    await vscode.workspace.fs.writeFile(target, fromBase64(result.data));
    return target;
  });
  const show = l10n.t('Show in Explorer');
  const answer = await vscode.window.showInformationMessage(l10n.t('Exported to {0}.', baseName(written)), show);
  if (answer === show) await vscode.commands.executeCommand('revealInExplorer', written);
}

async function importDocx(client: BaseLanguageClient, uri: vscode.Uri | undefined): Promise<void> {
  const source = uri ?? (await vscode.window.showOpenDialog({
    canSelectMany: false, filters: { [l10n.t('Word documents')]: ['docx'] }, openLabel: l10n.t('Import'),
  }))?.[0];
  if (!source) return;
  const target = beside(source, '.speech');
  if (!(await mayWrite(target))) return;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: l10n.t('Importing {0}…', baseName(source)) }, async () => {
    const data = toBase64(await vscode.workspace.fs.readFile(source));
    return client.sendRequest(importRequest, { data });
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  if (result.warnings.length > 0) void vscode.window.showWarningMessage(`${baseName(source)}: ${result.warnings.join(' ')}`);
}

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
