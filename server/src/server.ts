/**
 * The language server's glue: documents in, features out. Handlers find the document, take its
 * speech model from the cache and call one feature. No Node API here, so a browser build can reuse it.
 */
import * as l10n from '@vscode/l10n';
import {
  DocumentDiagnosticReportKind, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { codeActions, FIX_ALL_KIND, RENUMBER_KIND } from './features/codeActions';
import { completions } from './features/completion';
import { speechDiagnostics } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { speechStatistics, type SpeechStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { defaultSettings, readSettings, type Settings } from './settings';
import { SpeechCache } from './speechCache';
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
  const documents = new TextDocuments(TextDocument);
  const cache = new SpeechCache();
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
    if (!clientPullsDiagnostics) documents.all().forEach(pushDiagnostics);
  }

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as { speech?: unknown } | undefined)?.speech;
    void loadSettings(pushed);
  });

  function pushDiagnostics(document: TextDocument): void {
    try {
      const diagnostics = speechDiagnostics(cache.get(document), document.version, settings);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      log(`diagnostics failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }

  documents.onDidChangeContent((event) => {
    if (clientPullsDiagnostics) return;
    const uri = event.document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(uri, setTimeout(() => {
      pushTimers.delete(uri);
      const document = documents.get(uri);
      if (document) pushDiagnostics(document);
    }, PUSH_DELAY_MS));
  });

  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    clearTimeout(pushTimers.get(event.document.uri));
    pushTimers.delete(event.document.uri);
    if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((params, token) => runSafe(log, 'documentSymbol', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(cache.get(document)) : [];
  }));

  connection.onFoldingRanges((params, token) => runSafe(log, 'foldingRange', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(cache.get(document)) : [];
  }));

  connection.languages.diagnostics.on((params, token) => runSafe(log, 'diagnostic', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, () => {
    const document = documents.get(params.textDocument.uri);
    const items = document ? speechDiagnostics(cache.get(document), document.version, settings) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }, { retriggerRequest: true }));

  connection.onCodeAction((params, token) => runSafe(log, 'codeAction', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(cache.get(document), {
      uri: document.uri, version: document.version, diagnostics: params.context.diagnostics, only: params.context.only,
    }, settings);
  }));

  connection.onCompletion((params, token) => runSafe(log, 'completion', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { line, character } = params.position;
    const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return completions(cache.get(document), line, character, lineText, settings);
  }));

  connection.onHover((params, token) => runSafe(log, 'hover', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? hover(cache.get(document), params.position.line, params.position.character, settings.speakingRate) : null;
  }));

  connection.onRequest('speech/statistics', (params: StatisticsParams, token) => runSafe<SpeechStatistics | null>(log, 'statistics', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const selected = (params.selections ?? []).map((range) => document.getText(range));
    return speechStatistics(cache.get(document), settings.speakingRate, selected, params.sections === true);
  }));

  documents.listen(connection);
  connection.listen();
}
