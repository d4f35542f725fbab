/**
 * The language server's glue: documents in, features out. Handlers find the document, take its
 * speech model (kept current by incremental changes, see speechDocument.ts) and call one feature.
 * No Node API here, so a browser build can reuse it.
 */
import * as l10n from '@vscode/l10n';
import {
  DocumentDiagnosticReportKind, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { codeActions, FIX_ALL_KIND, RENUMBER_KIND } from './features/codeActions';
import { completions } from './features/completion';
import { speechDiagnostics } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { speechStatistics, type SpeechStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { defaultSettings, readSettings, type Settings } from './settings';
import { SpeechDocument } from './speechDocument';
import { runSafe } from './util/runSafe';

/** Chooses the messages' language from the client's display language. */
function configureLocale(locale: string | undefined): void {
  if (locale?.toLowerCase().startsWith('zh')) l10n.config({ contents: zhCn });
}

/** `speech/statistics`: the figures of a document and, optionally, of selections in it. */
export interface StatisticsParams {
  textDocument: { uri: string };
  selections?: { start: { line: number; character: number }; end: { line: number; character: number } }[];
  /** Whether to list every section's figures. */
  sections?: boolean;
}

/** Typing one of these at the start of a line or after a sentence break asks for completions. */
const COMPLETION_TRIGGERS = ['（', '(', ...'一二三四五六七八九十', ...'123456789'];

/** How long typing must pause before diagnostics are pushed to a client that does not pull them. */
const PUSH_DELAY_MS = 200;

export function startServer(connection: Connection): void {
  /** The open speeches, kept current by the editor's incremental changes. */
  const documents = new Map<string, SpeechDocument>();
  const log = (message: string) => connection.console.error(message);
  let settings: Settings = defaultSettings();
  let canPullConfiguration = false;
  let clientPullsDiagnostics = false;
  let canRefreshDiagnostics = false;
  let reportedProblems = '';
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configureLocale(params.locale);
    const capabilities = params.capabilities;
    canPullConfiguration = capabilities.workspace?.configuration === true;
    clientPullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    canRefreshDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '讲话稿' },
        foldingRangeProvider: true,
        diagnosticProvider: { identifier: 'speech', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, RENUMBER_KIND] },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        hoverProvider: true,
      },
      serverInfo: { name: 'speech-language-server' },
    };
  });

  connection.onInitialized(() => { void loadSettings(); });

  /** Reads `speech.*` from the client (or from a pushed change) and reports bad values once. */
  async function loadSettings(pushed?: unknown): Promise<void> {
    let raw = pushed;
    if (canPullConfiguration) {
      try {
        raw = await connection.workspace.getConfiguration('speech');
      } catch (error) {
        log(`could not read settings: ${String(error)}`);
      }
    }
    const { settings: read, problems } = readSettings(raw);
    settings = read;
    const report = problems.join('\n');
    if (report && report !== reportedProblems) connection.console.warn(`${l10n.t('Some settings were ignored and their defaults used:')}\n${report}`);
    reportedProblems = report;
    if (clientPullsDiagnostics && canRefreshDiagnostics) connection.languages.diagnostics.refresh();
    if (!clientPullsDiagnostics) documents.forEach(pushDiagnostics);
  }

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as { speech?: unknown } | undefined)?.speech;
    void loadSettings(pushed);
  });

  function pushDiagnostics(document: SpeechDocument): void {
    try {
      const diagnostics = speechDiagnostics(document.speech, document.version, settings);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      log(`diagnostics failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }

  /** Pushes diagnostics once typing pauses, to a client that does not pull them. */
  function contentChanged(uri: string): void {
    if (clientPullsDiagnostics) return;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(uri, setTimeout(() => {
      pushTimers.delete(uri);
      const document = documents.get(uri);
      if (document) pushDiagnostics(document);
    }, PUSH_DELAY_MS));
  }

  connection.onDidOpenTextDocument(({ textDocument }) => {
    try {
      documents.set(textDocument.uri, new SpeechDocument(textDocument.uri, textDocument.version, textDocument.text));
    } catch (error) {
      log(`could not read ${textDocument.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return;
    }
    contentChanged(textDocument.uri);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return log(`change for a document that is not open: ${textDocument.uri}`);
    try {
      document.update(contentChanges, textDocument.version);
    } catch (error) {
      // Never answer from text that may be out of step: forget it until the editor opens it again.
      documents.delete(textDocument.uri);
      log(`could not apply a change to ${textDocument.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return;
    }
    contentChanged(textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.delete(textDocument.uri);
    clearTimeout(pushTimers.get(textDocument.uri));
    pushTimers.delete(textDocument.uri);
    if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((params, token) => runSafe(log, 'documentSymbol', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(document.speech) : [];
  }));

  connection.onFoldingRanges((params, token) => runSafe(log, 'foldingRange', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(document.speech) : [];
  }));

  connection.languages.diagnostics.on((params, token) => runSafe(log, 'diagnostic', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, () => {
    const document = documents.get(params.textDocument.uri);
    const items = document ? speechDiagnostics(document.speech, document.version, settings) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }, { retriggerRequest: true }));

  connection.onCodeAction((params, token) => runSafe(log, 'codeAction', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(document.speech, {
      uri: document.uri, version: document.version, diagnostics: params.context.diagnostics, only: params.context.only,
    }, settings);
  }));

  connection.onCompletion((params, token) => runSafe(log, 'completion', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { line, character } = params.position;
    return completions(document.speech, line, character, document.lineText(line), settings);
  }));

  connection.onHover((params, token) => runSafe(log, 'hover', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? hover(document.speech, params.position.line, params.position.character, settings.speakingRate) : null;
  }));

  connection.onRequest('speech/statistics', (params: StatisticsParams, token) => runSafe<SpeechStatistics | null>(log, 'statistics', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const selected = (params.selections ?? []).map((range) => document.getText(range));
    return speechStatistics(document.speech, settings.speakingRate, selected, params.sections === true);
  }));

  connection.listen();
}
