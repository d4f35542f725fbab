// The floor: the least a language server can do over the same protocol. It keeps the text current
// (applying incremental changes), scans every line once with one regular expression and answers
// with flat symbols; completion answers nothing.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const HEADING = /^(?:[一二三四五六七八九十百零〇]+、|（[一二三四五六七八九十百零〇]+）|\d+\.)/;

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, documentSymbolProvider: true, completionProvider: {} },
}));

connection.onDocumentSymbol(({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return [];
  const symbols = [];
  const lines = document.getText().split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) {
    const match = HEADING.exec(lines[line]);
    if (!match) continue;
    const range = { start: { line, character: 0 }, end: { line, character: lines[line].length } };
    symbols.push({ name: lines[line], kind: 15, range, selectionRange: range });
  }
  return symbols;
});

connection.onCompletion(() => []);
documents.listen(connection);
connection.listen();
