/**
 * Diagnostics for both kinds of client, as VS Code's Markdown server does it: a client that pulls
 * them (`textDocument/diagnostic`) is asked to pull again when the settings change; to one that does
 * not, they are pushed once typing pauses, and cleared when the document closes.
 */
import { DocumentDiagnosticReportKind, type Connection, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { speechDiagnostics } from './features/diagnostics';
import type { Settings } from './settings';
import type { SpeechDocument } from './speechDocument';
import { formatError } from './util/formatError';
import { runSafe, type Log } from './util/runSafe';

/** How long typing must pause before diagnostics are pushed to a client that does not pull them. */
const PUSH_DELAY_MS = 200;

export interface DiagnosticsSupport {
  /** A document opened or changed. */
  contentChanged(uri: string): void;
  closed(uri: string): void;
  /** The settings changed: every open document's diagnostics may differ. */
  settingsChanged(): void;
}

export interface DiagnosticsClient {
  pulls: boolean;
  canRefresh: boolean;
}

export function registerDiagnostics(
  connection: Connection, documents: ReadonlyMap<string, SpeechDocument>, settingsOf: (uri: string) => Promise<Settings>,
  client: DiagnosticsClient, log: Log,
): DiagnosticsSupport {
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

  connection.languages.diagnostics.on(async (params, token) => {
    const settings = await settingsOf(params.textDocument.uri);
    return runSafe(log, 'diagnostic', token, empty, () => {
      const document = documents.get(params.textDocument.uri);
      const items = document ? speechDiagnostics(document.speech, document.version, settings) : [];
      return { kind: DocumentDiagnosticReportKind.Full, items };
    }, { retriggerRequest: true });
  });

  async function push(uri: string): Promise<void> {
    try {
      const settings = await settingsOf(uri);
      const document = documents.get(uri);
      if (!document) return;
      const diagnostics = speechDiagnostics(document.speech, document.version, settings);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    } catch (error) {
      log(formatError('diagnostics failed', error));
    }
  }

  return {
    contentChanged(uri) {
      if (client.pulls) return;
      clearTimeout(pushTimers.get(uri));
      pushTimers.set(uri, setTimeout(() => {
        pushTimers.delete(uri);
        void push(uri);
      }, PUSH_DELAY_MS));
    },
    closed(uri) {
      clearTimeout(pushTimers.get(uri));
      pushTimers.delete(uri);
      if (!client.pulls) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    settingsChanged() {
      if (client.pulls && client.canRefresh) connection.languages.diagnostics.refresh();
      if (!client.pulls) for (const uri of documents.keys()) void push(uri);
    },
  };
}
