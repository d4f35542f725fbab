import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const TEXT = ['在大会上的讲话', '同志们：', '一、甲', '正文,紧盯落实。', '三、乙', '突岀重点。', '四、丙'].join('\n');
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///f.speech', 'speech', 1, text), edits);

describe('Format Document and Format Selection over stdio', () => {
  let server: ServerProcess;
  const uri = 'file:///format.speech';
  before(async () => {
    server = await startServer({ capabilities: PULL_CLIENT });
    await server.waitFor(() => server.refreshes > 0);
    await server.open(uri, TEXT);
  });
  after(async () => { await server.stop(); });

  const options = { tabSize: 4, insertSpaces: true };

  it('announces document and range formatting', () => {
    const caps = server.initializeResult.capabilities;
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.documentRangeFormattingProvider, true);
  });

  it('formats as fix-all does: renumbering and the certain text fixes, nothing else', async () => {
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    const formatted = apply(TEXT, edits);
    assert.equal(formatted, ['在大会上的讲话', '同志们：', '一、甲', '正文，紧盯落实。', '二、乙', '突出重点。', '三、丙'].join('\n'));
    const [fixAll] = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.speech'] },
    });
    assert.deepEqual(edits, (fixAll.edit!.documentChanges![0] as TextDocumentEdit).edits);
  });

  it('formats a selection only where it reaches', async () => {
    const edits = await server.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri }, options, range: { start: { line: 4, character: 0 }, end: { line: 5, character: 5 } },
    });
    assert.equal(apply(TEXT, edits), ['在大会上的讲话', '同志们：', '一、甲', '正文,紧盯落实。', '二、乙', '突出重点。', '四、丙'].join('\n'));
  });

  it('is idempotent: a formatted document has nothing left to format', async () => {
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    const clean = 'file:///clean.speech';
    await server.open(clean, apply(TEXT, edits));
    assert.deepEqual(await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: clean }, options }), []);
  });
});
