/**
 * Restructuring a speech as in Word's outline view: the four moves (Alt+Shift+↑/↓/←/→ on a heading
 * or list item line, and in the 提纲 view's context menu), dragging a section in the 提纲 view, and
 * 复制提纲 / 导出提纲. The server computes every move (`speech/move`) for the version it names; the
 * edit is applied as every fix is (versionedEdits.ts): only to that version, as one undo step.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient';
import { MoveRequest, OutlineRequest, RESTRUCTURE_COMMANDS, type MoveKind, type OutlineNode } from '../../server/src/protocol';
import { OutlineView, type OutlineElement } from './outlineView';
import { applyIfCurrent } from './versionedEdits';

const moveRequest = new RequestType<MoveRequest.Params, MoveRequest.Result, void>(MoveRequest.method);
const outlineRequest = new RequestType<OutlineRequest.Params, OutlineRequest.Result, void>(OutlineRequest.method);

/** Set while the cursor of a speech is on a heading or list item line: the move keys apply only there. */
const ON_HEADING = 'speech.onHeadingLine';
/** Set while the active editor holds a speech: the 提纲 view is shown then. */
const ACTIVE_SPEECH = 'speech.activeSpeech';


export function registerRestructuring(client: BaseLanguageClient): vscode.Disposable {
  const view: OutlineView = new OutlineView(client, (source, target): Promise<void> => dropSection(client, view, source, target));
  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    const speech = editor?.document.languageId === 'speech';
    void vscode.commands.executeCommand('setContext', ACTIVE_SPEECH, speech || (view.document !== undefined && !editor));
    const onHeading = speech && view.document === editor.document && view.elementAt(editor.selection.active.line) !== undefined;
    void vscode.commands.executeCommand('setContext', ON_HEADING, onHeading);
  };
  view.onUpdate = updateContext;
  const move = (kind: MoveKind) => (element?: OutlineElement) => moveAt(client, view, kind, element);
  updateContext();
  return vscode.Disposable.from(
    view,
    vscode.window.onDidChangeTextEditorSelection(updateContext),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.moveUp, move('up')),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.moveDown, move('down')),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.promote, move('promote')),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.demote, move('demote')),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.copyOutline, () => copyOutline(client, false)),
    vscode.commands.registerCommand(RESTRUCTURE_COMMANDS.exportOutline, () => copyOutline(client, true)),
  );
}

/** The speech a command works on: the active editor's, or the one the 提纲 view shows. */
function speechDocument(view?: OutlineView): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'speech') return document;
  return view?.document && !view.document.isClosed ? view.document : undefined;
}

/** The move of the heading or item on the cursor's line, or of an element of the 提纲 view. */
async function moveAt(client: BaseLanguageClient, view: OutlineView, move: MoveKind, element?: OutlineElement): Promise<void> {
  const document = element ? view.document : speechDocument(view);
  if (!document) return;
  const editor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : undefined;
  const line = element?.node.line ?? editor?.selection.active.line;
  if (line === undefined) return;
  await applyMove(client, view, document, { line, move }, editor);
}

/** A section dropped onto a heading: under it as its last child when the heading stands higher, else after it at its level. */
async function dropSection(client: BaseLanguageClient, view: OutlineView, source: OutlineElement, target: OutlineElement): Promise<void> {
  const document = view.document;
  if (!document) return;
  const as = target.node.depth < source.node.depth ? 'child' : 'after';
  await applyMove(client, view, document, { line: source.node.line, target: { line: target.node.line, as } });
}

async function applyMove(
  client: BaseLanguageClient, view: OutlineView, document: vscode.TextDocument,
  request: { line: number; move?: MoveKind; target?: { line: number; as: 'after' | 'child' } }, editor?: vscode.TextEditor,
): Promise<void> {
  const version = document.version;
  const result = await client.sendRequest(moveRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri), version }, ...request });
  if (!result) {
    void vscode.window.showInformationMessage(l10n.t('This heading cannot move that way.'));
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result);
  const stale = l10n.t('The speech changed while the section was being moved; nothing was changed. Please try again.');
  if (!(await applyIfCurrent(document.uri.toString(), result.documentChanges[0].textDocument.version, edit, stale))) return;
  if (editor) {
    // The cursor follows the heading it moved, so that the next key moves it on.
    const column = Math.min(editor.selection.active.character, document.lineAt(result.line).text.length);
    const position = new vscode.Position(result.line, column);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
  }
  view.schedule(0);
}

/** The depths of 复制提纲: level 1, to 2, to 3, or everything with the paragraph list items. */
function depthChoices(): (vscode.QuickPickItem & { depth: number; items: boolean })[] {
  return [
    { label: l10n.t('Level 1 only'), depth: 1, items: false },
    { label: l10n.t('Down to level 2'), depth: 2, items: false },
    { label: l10n.t('Down to level 3'), depth: 3, items: false },
    { label: l10n.t('Everything, with the paragraph list items'), depth: Infinity, items: true },
  ];
}

/**
 * The title and the headings down to a chosen depth, ordinals as written: indented with full-width
 * spaces to the clipboard, or as a new speech (unindented, so that it is itself a valid speech).
 */
async function copyOutline(client: BaseLanguageClient, asDocument: boolean): Promise<void> {
  const document = speechDocument();
  if (!document) return;
  const outline = await client.sendRequest(outlineRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
  if (!outline || outline.nodes.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('This speech has no headings.'));
    return;
  }
  const choice = await vscode.window.showQuickPick(depthChoices(), { placeHolder: l10n.t('How deep should the outline go?') });
  if (!choice) return;
  const text = outlineText(outline.title, outline.nodes, choice.depth, choice.items, !asDocument);
  if (asDocument) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'speech', content: text }));
  } else {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(l10n.t('The outline was copied to the clipboard.'));
  }
}

export function outlineText(title: string | undefined, nodes: OutlineNode[], depth: number, items: boolean, indent: boolean): string {
  const lines: string[] = title !== undefined ? [title, ''] : [];
  const walk = (list: OutlineNode[]) => {
    for (const node of list) {
      if (node.depth > depth || (node.kind === 'item' && !items)) continue;
      lines.push((indent ? '\u3000'.repeat(node.depth - 1) : '') + node.name);
      walk(node.children);
    }
  };
  walk(nodes);
  return lines.join('\n') + '\n';
}
