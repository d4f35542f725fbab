/**
 * The language server's glue: documents in, features out. Handlers find the document, take its
 * speech model from the cache and call one feature. No Node API here, so a browser build can reuse it.
 */
import * as l10n from '@vscode/l10n';
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { foldingRanges } from './features/folding';
import { documentSymbols } from './features/symbols';
import { SpeechCache } from './speechCache';
import { runSafe } from './util/runSafe';

/** Chooses the messages' language from the client's display language. */
function configureLocale(locale: string | undefined): void {
  if (locale?.toLowerCase().startsWith('zh')) l10n.config({ contents: zhCn });
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new SpeechCache();
  const log = (message: string) => connection.console.error(message);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configureLocale(params.locale);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '讲话稿' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'speech-language-server' },
    };
  });

  documents.onDidClose((event) => cache.delete(event.document.uri));

  connection.onDocumentSymbol((params, token) => runSafe(log, 'documentSymbol', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(cache.get(document)) : [];
  }));

  connection.onFoldingRanges((params, token) => runSafe(log, 'foldingRange', token, [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(cache.get(document)) : [];
  }));

  documents.listen(connection);
  connection.listen();
}
