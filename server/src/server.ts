/**
 * The language server's glue: documents in, features out. Handlers find the document and its
 * settings (read for its folder, see documentSettings.ts), take its speech model (kept current by
 * incremental changes, see speechDocument.ts) and call one feature. No Node API here, so a browser
 * build can reuse it.
 */
import * as l10n from '@vscode/l10n';
import {
  ErrorCodes, RequestType, ResponseError as LspResponseError, TextDocumentSyncKind,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult, type ResponseError,
} from 'vscode-languageserver';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { registerDiagnostics, type DiagnosticsSupport } from './diagnosticsSupport';
import { DocumentSettings } from './documentSettings';
import { codeActions } from './features/codeActions';
import { exportDocx } from './features/docx/export';
import { ImportError, importDocx } from './features/docx/import';
import { resolveProfile } from './features/docx/profiles';
import { completions } from './features/completion';
import { foldingRanges } from './features/folding';
import { formattingEdits } from './features/formatting';
import { hover } from './features/hover';
import { speechStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { ExportDocxRequest, FIX_ALL_KIND, ImportDocxRequest, RENUMBER_KIND, StatisticsRequest, type SpeechInitializationOptions } from './protocol';
import { LEVEL_KIND, MOVE_KIND, MoveRequest, OutlineRequest } from './protocol';
import { moveWorkspaceEdit, type MoveActionData } from './features/moves';
import { speechOutline } from './features/outline';
import type { Settings } from './settings';
import { SpeechDocument } from './speechDocument';
import { formatError } from './util/formatError';
import { runSafe, type Log } from './util/runSafe';

/** Chooses the messages' language: the one the client names (`speech.locale`), else its display language. */
function configureLocale(locale: string | undefined): void {
  if (locale?.toLowerCase().startsWith('zh')) l10n.config({ contents: zhCn });
}

/** Typing one of these at the start of a line or after a sentence break asks for completions. */
const COMPLETION_TRIGGERS = ['（', '(', ...'一二三四五六七八九十', ...'123456789'];

const statisticsRequest = new RequestType<StatisticsRequest.Params, StatisticsRequest.Result, void>(StatisticsRequest.method);
const exportDocxRequest = new RequestType<ExportDocxRequest.Params, ExportDocxRequest.Result, void>(ExportDocxRequest.method);
const importDocxRequest = new RequestType<ImportDocxRequest.Params, ImportDocxRequest.Result, void>(ImportDocxRequest.method);

export function startServer(connection: Connection): void {
  /** The open speeches, kept current by the editor's incremental changes. */
  const documents = new Map<string, SpeechDocument>();
  const log = (message: string) => connection.console.error(message);
  let settings = new DocumentSettings(connection, false);
  let diagnostics: DiagnosticsSupport | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configureLocale((params.initializationOptions as SpeechInitializationOptions | undefined)?.locale ?? params.locale);
    const capabilities = params.capabilities;
    settings = new DocumentSettings(connection, capabilities.workspace?.configuration === true);
    diagnostics = registerDiagnostics(connection, documents, (uri) => settings.of(uri), {
      pulls: capabilities.textDocument?.diagnostic !== undefined,
      canRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    }, log);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '讲话稿' },
        foldingRangeProvider: true,
        diagnosticProvider: { identifier: 'speech', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, RENUMBER_KIND, MOVE_KIND, LEVEL_KIND], resolveProvider: true },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        hoverProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
      },
      serverInfo: { name: 'speech-language-server' },
    };
  });

  // Settings can be asked for only from now on: a client that pulled diagnostics before pulls again.
  connection.onInitialized(() => diagnostics?.settingsChanged());

  // Every open document's settings are read again (so that a bad value is reported now), then its
  // diagnostics are refreshed.
  connection.onDidChangeConfiguration(async (params) => {
    settings.changed((params.settings as { speech?: unknown } | undefined)?.speech);
    await Promise.all([...documents.keys()].map((uri) => settings.of(uri)));
    diagnostics?.settingsChanged();
  });

  syncDocuments(connection, documents, {
    contentChanged: (uri) => diagnostics?.contentChanged(uri),
    closed: (uri) => {
      settings.drop(uri);
      diagnostics?.closed(uri);
    },
  }, log);
  registerFeatures(connection, documents, (uri) => settings.of(uri), log);
  connection.listen();
}

/** Keeps `documents` as the editor has them, and says what changed. */
function syncDocuments(
  connection: Connection, documents: Map<string, SpeechDocument>,
  events: { contentChanged(uri: string): void; closed(uri: string): void }, log: Log,
): void {
  connection.onDidOpenTextDocument(({ textDocument }) => {
    try {
      documents.set(textDocument.uri, new SpeechDocument(textDocument.uri, textDocument.version, textDocument.text));
    } catch (error) {
      log(formatError(`could not read ${textDocument.uri}`, error));
      return;
    }
    events.contentChanged(textDocument.uri);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return log(`change for a document that is not open: ${textDocument.uri}`);
    try {
      document.update(contentChanges, textDocument.version);
    } catch (error) {
      // Never answer from text that may be out of step: forget it until the editor opens it again.
      documents.delete(textDocument.uri);
      log(formatError(`could not apply a change to ${textDocument.uri}`, error));
      return;
    }
    events.contentChanged(textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.delete(textDocument.uri);
    events.closed(textDocument.uri);
  });
}

/** The features that answer requests about one document. */
function registerFeatures(
  connection: Connection, documents: ReadonlyMap<string, SpeechDocument>, settingsOf: (uri: string) => Promise<Settings>, log: Log,
): void {
  /** Runs `work` on the open document at `uri` with its settings; answers `fallback` when it is not open. */
  async function withDocument<T>(
    name: string, uri: string, token: CancellationToken, fallback: T, work: (document: SpeechDocument, settings: Settings) => T,
  ): Promise<T | ResponseError<void>> {
    const documentSettings = await settingsOf(uri);
    return runSafe(log, name, token, fallback, () => {
      const document = documents.get(uri);
      return document ? work(document, documentSettings) : fallback;
    });
  }

  connection.onDocumentSymbol((params, token) => runSafe(log, 'documentSymbol', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(document.speech) : [];
  }));

  connection.onFoldingRanges((params, token) => runSafe(log, 'foldingRange', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(document.speech) : [];
  }));

  connection.onCodeAction((params, token) => withDocument(
    'codeAction', params.textDocument.uri, token, [], (document, documentSettings) => codeActions(document.speech, {
      uri: document.uri, version: document.version, diagnostics: params.context.diagnostics, only: params.context.only,
      line: params.range.start.line,
    }, documentSettings)));

  registerMoves(connection, documents, settingsOf, log);

  connection.onCompletion((params, token) => withDocument('completion', params.textDocument.uri, token, [], (document, documentSettings) => {
    const { line, character } = params.position;
    return completions(document.speech, line, character, document.lineText(line), documentSettings);
  }));

  connection.onDocumentFormatting((params, token) => withDocument('formatting', params.textDocument.uri, token, [], (document, documentSettings) =>
    formattingEdits(document.speech, documentSettings)));

  connection.onDocumentRangeFormatting((params, token) => withDocument('rangeFormatting', params.textDocument.uri, token, [], (document, documentSettings) =>
    formattingEdits(document.speech, documentSettings, params.range)));

  connection.onHover((params, token) => withDocument('hover', params.textDocument.uri, token, null, (document, documentSettings) =>
    hover(document.speech, params.position.line, params.position.character, documentSettings.speakingRate)));

  connection.onRequest(statisticsRequest, (params, token) => withDocument<StatisticsRequest.Result>('statistics', params.textDocument.uri, token, null, (document, documentSettings) => {
    const selected = (params.selections ?? []).map((range) => document.getText(range));
    return speechStatistics(document.speech, documentSettings.speakingRate, selected, params.sections === true);
  }));

  connection.onRequest(exportDocxRequest, (params, token) => withDocument<ExportDocxRequest.Result>('exportDocx', params.textDocument.uri, token, null,
    (document, documentSettings) => ({ data: exportDocx(document.speech, resolveProfile(documentSettings.export, params.profile)) })));

  // A file that is not a .docx is answered with the message that says why; anything else is logged.
  connection.onRequest(importDocxRequest, (params, token) => runSafe(log, 'importDocx', token,
    new LspResponseError(ErrorCodes.InternalError, l10n.t('The Word document could not be read; the 讲话稿 output channel says why.')), () => {
      try {
        return importDocx(typeof params?.data === 'string' ? params.data : '');
      } catch (error) {
        if (error instanceof ImportError) return new LspResponseError(ErrorCodes.InvalidParams, error.message);
        throw error;
      }
    }));
}

const outlineRequest = new RequestType<OutlineRequest.Params, OutlineRequest.Result, void>(OutlineRequest.method);
const moveRequest = new RequestType<MoveRequest.Params, MoveRequest.Result, void>(MoveRequest.method);

/**
 * The outline view's requests and the moves' code actions, resolved when chosen. A move is computed
 * only for the version it names: for any other, the answer is no edit.
 */
function registerMoves(
  connection: Connection, documents: ReadonlyMap<string, SpeechDocument>, settingsOf: (uri: string) => Promise<Settings>, log: Log,
): void {
  const styleOf = (settings: Settings) => ({ style: settings.numberingStyle, level3Separator: settings.level3Separator });
  async function move(uri: string, version: number, request: Parameters<typeof moveWorkspaceEdit>[3], token: CancellationToken) {
    const documentSettings = await settingsOf(uri);
    return runSafe(log, 'move', token, null, () => {
      const document = documents.get(uri);
      if (!document || document.version !== version) return null;
      return moveWorkspaceEdit(document.speech, uri, version, request, styleOf(documentSettings)) ?? null;
    });
  }
  connection.onCodeActionResolve(async (action, token) => {
    const data = action.data as MoveActionData | undefined;
    if (!data?.move) return action;
    const edit = await move(data.uri, data.version, { line: data.line, move: data.move }, token);
    if (edit && !(edit instanceof Error)) action.edit = { documentChanges: edit.documentChanges };
    return action;
  });
  connection.onRequest(moveRequest, async (params, token) => {
    const { uri, version } = params.textDocument;
    const request = params.target ? { line: params.line, target: params.target } : params.move ? { line: params.line, move: params.move } : undefined;
    return request ? move(uri, version, request, token) as Promise<MoveRequest.Result> : null;
  });
  connection.onRequest(outlineRequest, async (params, token) => {
    const documentSettings = await settingsOf(params.textDocument.uri);
    return runSafe(log, 'outline', token, null, () => {
      const document = documents.get(params.textDocument.uri);
      return document ? speechOutline(document.speech, document.version, documentSettings.speakingRate) : null;
    });
  });
}
