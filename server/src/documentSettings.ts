/**
 * The settings of each open document, read for its folder as VS Code's Markdown server reads them:
 * `workspace/configuration` with the document's uri as `scopeUri` (every `speech.*` setting the
 * server reads is resource-scoped, so each folder may differ), kept until the document closes or the
 * settings change. A client that cannot be asked pushes the `speech` section instead
 * (`didChangeConfiguration`), and what it pushed holds for every document.
 */
import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import { defaultSettings, readSettings, type Settings } from './settings';
import { formatError } from './util/formatError';

export class DocumentSettings {
  private readonly ofDocument = new Map<string, Promise<Settings>>();
  /** What the client pushed: the settings of every document when it cannot be asked. */
  private pushed: Settings = defaultSettings();
  /** The reports of ignored values already logged since the settings last changed, and before. */
  private reported = new Set<string>();
  private reportedBefore = new Set<string>();

  constructor(private readonly connection: Connection, private readonly canAskClient: boolean) {}

  /** The settings of the document at `uri`, asked for once until they change or it closes. */
  of(uri: string): Promise<Settings> {
    if (!this.canAskClient) return Promise.resolve(this.pushed);
    let settings = this.ofDocument.get(uri);
    if (!settings) {
      settings = this.ask(uri);
      this.ofDocument.set(uri, settings);
    }
    return settings;
  }

  drop(uri: string): void {
    this.ofDocument.delete(uri);
  }

  /** The settings changed: forget every document's; `pushed` is the `speech` section the client sent, if any. */
  changed(pushed: unknown): void {
    this.ofDocument.clear();
    this.reportedBefore = this.reported;
    this.reported = new Set();
    if (!this.canAskClient) this.pushed = this.parse(pushed);
  }

  private async ask(uri: string): Promise<Settings> {
    try {
      return this.parse(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'speech' }));
    } catch (error) {
      this.connection.console.error(formatError('could not read settings', error));
      return this.pushed;
    }
  }

  /** Reads a `speech` section, and says once which values were ignored (every folder may repeat them). */
  private parse(raw: unknown): Settings {
    const { settings, problems } = readSettings(raw);
    const report = problems.join('\n');
    if (report && !this.reported.has(report) && !this.reportedBefore.has(report)) {
      this.connection.console.warn(`${l10n.t('Some settings were ignored and their defaults used:')}\n${report}`);
    }
    if (report) this.reported.add(report);
    return settings;
  }
}
