/**
 * The status bar item of a speech: its length and speaking time (`5,432字 · 约27分钟`), or the
 * selection's. Clicking it lists every section's figures and jumps to the one chosen. The figures
 * come from the server (`speech/statistics`), counted on the same model as the outline.
 */
import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, StatisticsRequest } from '../../server/src/protocol';
import { groupDigits } from '../../server/src/util/digits';

const UPDATE_DELAY_MS = 250;

const statisticsRequest = new RequestType<StatisticsRequest.Params, StatisticsRequest.Result, void>(StatisticsRequest.method);

export function figuresText(characters: number, minutes: number): string {
  return vscode.l10n.t('{0} characters · about {1} min', groupDigits(characters), minutes);
}

export class StatisticsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speech.statistics', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = vscode.l10n.t('Speech Statistics');
    this.item.command = COMMANDS.showStatistics;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) this.schedule(); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) this.schedule(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('speech.speakingRate')) this.schedule(); }),
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
      if (generation !== this.generation || !statistics) return;
      const whole = figuresText(statistics.characters, statistics.minutes);
      this.item.text = statistics.selection
        ? vscode.l10n.t('Selected: {0}', figuresText(statistics.selection.characters, statistics.selection.minutes))
        : whole;
      this.item.tooltip = vscode.l10n.t('Whole speech: {0}. Click for each section.', whole);
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
      { title: vscode.l10n.t('Sections of the speech ({0})', figuresText(statistics.characters, statistics.minutes)), placeHolder: vscode.l10n.t('Go to a section') },
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
