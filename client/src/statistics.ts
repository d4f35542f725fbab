/**
 * The status bar item of a speech: its length and speaking time (`5,432字 · 约27分钟`), or the
 * selection's. Clicking it lists every section's figures and jumps to the one chosen. The figures
 * come from the server (`speech/statistics`), counted on the same model as the outline.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, StatisticsRequest } from '../../server/src/protocol';
import { groupDigits } from '../../server/src/util/digits';
import { formatMinutes } from '../../server/src/util/duration';

const UPDATE_DELAY_MS = 250;
/** How often a document the server does not have yet is asked about again. */
const MAX_RETRIES = 8;

const statisticsRequest = new RequestType<StatisticsRequest.Params, StatisticsRequest.Result, void>(StatisticsRequest.method);

/** `5,432字 · 约27分钟`; an empty text has its length and no time. */
export function figuresText(characters: number, minutes: number): string {
  return minutes > 0 ? l10n.t('{0} characters · {1}', groupDigits(characters), formatMinutes(minutes)) : l10n.t('{0} characters', groupDigits(characters));
}

/** ` / 目标20分钟，超出7分钟` after the figures, when `speech.targetMinutes` is set. */
export function targetText(minutes: number, target: number): string {
  if (!(target > 0)) return '';
  // As the speaking time itself is said: to the half minute under ten minutes, whole minutes above.
  const off = Math.abs(minutes - target);
  const difference = Math.sign(minutes - target) * (off < 10 ? Math.round(off * 2) / 2 : Math.round(off));
  const goal = formatMinutes(target, false);
  if (difference > 0) return l10n.t(' / target {0}, {1} over', goal, formatMinutes(difference, false));
  if (difference < 0) return l10n.t(' / target {0}, {1} under', goal, formatMinutes(-difference, false));
  return l10n.t(' / target {0}, on target', goal);
}

export class StatisticsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speech.statistics', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private retries = 0;

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = l10n.t('Speech Statistics');
    this.item.command = COMMANDS.showStatistics;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) this.schedule(); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) this.schedule(); }),
      // Changing a document's language reopens it under the new one, with no other event.
      vscode.workspace.onDidOpenTextDocument((document) => { if (document === vscode.window.activeTextEditor?.document) this.schedule(0); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('speech.speakingRate') || e.affectsConfiguration('speech.targetMinutes')) this.schedule(); }),
      vscode.commands.registerCommand(COMMANDS.showStatistics, () => this.showSections()),
    );
    this.schedule(0);
  }

  private schedule(delay = UPDATE_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async request(editor: vscode.TextEditor, sections = false): Promise<StatisticsRequest.Result> {
    const selections = editor.selections.filter((s) => !s.isEmpty).map((s) => this.client.code2ProtocolConverter.asRange(s));
    return this.client.sendRequest(statisticsRequest, {
      textDocument: { uri: editor.document.uri.toString() }, selections, sections,
    });
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'speech') { this.item.hide(); return; }
    const generation = ++this.generation;
    try {
      const statistics = await this.request(editor);
      if (generation !== this.generation) return;
      // Null: the server has not opened the document yet (it just became a speech); ask again shortly.
      if (!statistics) { if (this.retries++ < MAX_RETRIES) this.schedule(); return; }
      this.retries = 0;
      const target = vscode.workspace.getConfiguration('speech', editor.document).get<number>('targetMinutes', 0);
      const whole = figuresText(statistics.characters, statistics.minutes) + targetText(statistics.minutes, target);
      this.item.text = statistics.selection
        ? l10n.t('Selected: {0}', figuresText(statistics.selection.characters, statistics.selection.minutes))
        : whole;
      this.item.tooltip = l10n.t('Whole speech: {0}. Click for each section.', whole);
      this.item.show();
    } catch {
      // The server restarts or the document closed: the next event updates the item.
    }
  }

  private async showSections(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'speech') return;
    const statistics = await this.request(editor, true);
    if (!statistics?.sections) return;
    const picked = await vscode.window.showQuickPick(
      statistics.sections.map((s) => ({ label: `${'\u3000'.repeat(s.level - 1)}${s.name}`, description: figuresText(s.characters, s.minutes), line: s.line })),
      { title: l10n.t('Sections of the speech ({0})', figuresText(statistics.characters, statistics.minutes)), placeHolder: l10n.t('Go to a section') },
    );
    if (picked) {
      const position = new vscode.Position(picked.line, 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
