/**
 * 讲话稿：转到下一个占位符 (Speech: Go to Next Placeholder): the next `XX`, `【待补】`… after the cursor,
 * from the server's `text.placeholder` diagnostics, so that they are found among the other problems;
 * after the last one it starts again at the top.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

const PLACEHOLDER = 'text.placeholder';

function isPlaceholder(diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === PLACEHOLDER;
}

/** The first range after `position` in `ranges` (in document order), else the first of all. */
export function nextRange(ranges: readonly vscode.Range[], position: vscode.Position): vscode.Range | undefined {
  const sorted = [...ranges].sort((a, b) => a.start.compareTo(b.start));
  return sorted.find((r) => r.start.isAfter(position)) ?? sorted[0];
}

export function goToNextPlaceholder(): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'speech') return;
  const ranges = vscode.languages.getDiagnostics(editor.document.uri).filter(isPlaceholder).map((d) => d.range);
  const next = nextRange(ranges, editor.selection.active);
  if (!next) {
    void vscode.window.showInformationMessage(l10n.t('No placeholder is left to fill in.'));
    return;
  }
  editor.selection = new vscode.Selection(next.start, next.end);
  editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
