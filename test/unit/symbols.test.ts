import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { documentSymbols } from '../../server/src/features/symbols';
import { parseSpeech } from '../../server/src/speech/parser';
import { joinLines } from './util';

l10n.config({ contents: zhCn });

const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${s.detail}]`, ...outline(s.children ?? [], depth + 1)]);

describe('document symbols', () => {
  const text = joinLines(
    '在全市大会上的讲话',
    '同志们：',
    '一、统一思想。要把握三个方面。',
    '（一）提高站位',
    '一要加强学习。学而不思则罔。',
    '二要改进作风！',
    '（二）狠抓落实',
    '二、加强领导',
    '1. 压实责任',
  );
  const symbols = documentSymbols(parseSpeech(text));

  it('lists the title first, then headings as a tree with their items', () => {
    assert.deepEqual(outline(symbols), [
      '在全市大会上的讲话 [75字]',
      '一、统一思想 [50字]',
      '  （一）提高站位 [28字]',
      '    一要加强学习 [14字]',
      '    二要改进作风 [7字]',
      '  （二）狠抓落实 [7字]',
      '二、加强领导 [12字]',
      '  1.压实责任 [6字]',
    ]);
  });

  it('gives headings and list items distinct kinds', () => {
    assert.equal(symbols[0].kind, SymbolKind.File);
    assert.equal(symbols[1].kind, SymbolKind.String);
    assert.equal(symbols[1].children![0].children![0].kind, SymbolKind.EnumMember);
  });

  it('spans the section with the range and the heading with the selection', () => {
    const first = symbols[1];
    assert.deepEqual(first.range, { start: { line: 2, character: 0 }, end: { line: 6, character: 7 } });
    assert.deepEqual(first.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
    const item = first.children![0].children![0];
    assert.deepEqual(item.selectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } });
  });

  it('puts paragraph items before any heading at the top level', () => {
    const s = documentSymbols(parseSpeech(joinLines('一是甲。', '正文。', '二是乙。')));
    assert.deepEqual(s.map((x) => x.name), ['一是甲', '二是乙']);
  });

  it('keeps every selection range inside its range (VS Code rejects the outline otherwise)', () => {
    const check = (list: DocumentSymbol[]) => {
      for (const s of list) {
        const inside = (p: { line: number; character: number }) =>
          (p.line > s.range.start.line || (p.line === s.range.start.line && p.character >= s.range.start.character)) &&
          (p.line < s.range.end.line || (p.line === s.range.end.line && p.character <= s.range.end.character));
        assert.ok(inside(s.selectionRange.start) && inside(s.selectionRange.end), s.name);
        check(s.children ?? []);
      }
    };
    check(symbols);
    check(documentSymbols(parseSpeech('\u3000\u3000一、\n（一）\n')));
  });

  it('gives an empty document an empty outline', () => {
    assert.deepEqual(documentSymbols(parseSpeech('')), []);
  });
});
