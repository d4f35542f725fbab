import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-types';
import { codeActions, FIX_ALL_KIND, RENUMBER_KIND } from '../../server/src/features/codeActions';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { parseSpeech } from '../../server/src/speech/parser';
import { actionEdits, applyEdits, joinLines, standardSettings } from './util';

const VERSION = 3;

/** The quick fixes offered for the diagnostic of `code` on `line`. */
function fixesFor(text: string, code: string, line: number): CodeAction[] {
  const speech = parseSpeech(text);
  const diagnostics = speechDiagnostics(speech, VERSION, standardSettings()).filter((d) => d.code === code && d.range.start.line === line);
  assert.equal(diagnostics.length, 1, `one ${code} on line ${line}`);
  return codeActions(speech, { uri: 'file:///t.speech', version: VERSION, diagnostics, only: ['quickfix'] }, standardSettings());
}

function apply(text: string, action: CodeAction): string {
  return applyEdits(text, actionEdits(action));
}

function fixAll(text: string): string {
  const [action] = codeActions(parseSpeech(text), { uri: 'file:///t.speech', version: VERSION, diagnostics: [], only: [FIX_ALL_KIND] }, standardSettings());
  return action ? apply(text, action) : text;
}

describe('quick fixes', () => {
  it('renumbers a skipped item, alone or with the rest of its list', () => {
    const text = joinLines('一、甲', '二、乙', '四、丁', '五、戊');
    const [rest, one] = fixesFor(text, 'numbering.skip', 2);
    assert.equal(rest.title, 'Renumber the rest of the list from this item');
    assert.equal(rest.isPreferred, true);
    assert.equal(apply(text, rest), joinLines('一、甲', '二、乙', '三、丁', '四、戊'));
    assert.equal(one.title, 'Renumber this item as “三”');
    assert.equal(apply(text, one), joinLines('一、甲', '二、乙', '三、丁', '五、戊'));
  });

  it('renumbers a list that starts at two, a repeat and a reversal', () => {
    assert.equal(apply(joinLines('（二）甲', '（三）乙'), fixesFor(joinLines('（二）甲', '（三）乙'), 'numbering.start', 0)[0]), joinLines('（一）甲', '（二）乙'));
    const repeated = joinLines('1. 甲', '2. 乙', '2. 丙', '3. 丁');
    assert.equal(apply(repeated, fixesFor(repeated, 'numbering.duplicate', 2)[0]), joinLines('1. 甲', '2. 乙', '3. 丙', '4. 丁'));
    const lowered = joinLines('①甲', '③乙', '②丙');
    assert.equal(apply(lowered, fixesFor(lowered, 'numbering.order', 2)[0]), joinLines('①甲', '③乙', '④丙'));
  });

  it('keeps a variant form while it renumbers, and only touches the number', () => {
    const text = joinLines('(一)甲', '(三)乙');
    const [rest] = fixesFor(text, 'numbering.skip', 1);
    assert.deepEqual(actionEdits(rest), [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, newText: '二' }]);
  });

  it('renumbers a paragraph series and an inline series', () => {
    const paragraphs = joinLines('一要甲。', '三要乙。');
    assert.equal(apply(paragraphs, fixesFor(paragraphs, 'numbering.skip', 1)[0]), joinLines('一要甲。', '二要乙。'));
    const inline = '主要表现为：一是甲；三是乙；四是丙。';
    assert.equal(apply(inline, fixesFor(inline, 'numbering.skip', 0)[0]), '主要表现为：一是甲；二是乙；三是丙。');
  });

  it('writes a variant in its canonical form, one or all', () => {
    const text = joinLines('一.甲', '（一)子', '(二)丑', '1、寅');
    const [one, all] = fixesFor(text, 'numbering.style', 1);
    assert.equal(one.title, 'Write it as “（一）”');
    assert.equal(apply(text, one), joinLines('一.甲', '（一）子', '(二)丑', '1、寅'));
    assert.equal(apply(text, all), joinLines('一、甲', '（一）子', '（二）丑', '1.寅'));
  });

  it('aligns a mixed series word to the first item’s word', () => {
    const text = joinLines('第一，甲。', '其二，乙。', '三要丙。');
    assert.equal(apply(text, fixesFor(text, 'numbering.mixedSeries', 1)[0]), joinLines('第一，甲。', '第二，乙。', '三要丙。'));
    assert.equal(apply(text, fixesFor(text, 'numbering.mixedSeries', 2)[0]), joinLines('第一，甲。', '其二，乙。', '第三，丙。'));
    const inline = '一是甲；二要乙。';
    assert.equal(apply(inline, fixesFor(inline, 'numbering.mixedSeries', 0)[0]), '一是甲；二是乙。');
  });

  it('changes an announced number to the count of its items, writing two as 两', () => {
    const text = joinLines('我讲三点意见。', '一、甲', '二、乙');
    const [fix] = fixesFor(text, 'count.mismatch', 0);
    assert.equal(fix.title, 'Change the announced number to “两”');
    assert.equal(apply(text, fix), joinLines('我讲两点意见。', '一、甲', '二、乙'));
    const quoted = joinLines('重点抓好“十个必须”：', '（一）甲');
    assert.equal(apply(quoted, fixesFor(quoted, 'count.mismatch', 0)[0]), joinLines('重点抓好“一个必须”：', '（一）甲'));
  });

  it('carries the document version in every edit', () => {
    const [fix] = fixesFor(joinLines('一、甲', '三、乙'), 'numbering.skip', 1);
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: 'file:///t.speech', version: VERSION });
  });

  it('offers nothing for a diagnostic of another version', () => {
    const speech = parseSpeech(joinLines('一、甲', '三、乙'));
    const diagnostics = speechDiagnostics(speech, VERSION - 1, standardSettings());
    assert.deepEqual(codeActions(speech, { uri: 'file:///t.speech', version: VERSION, diagnostics, only: ['quickfix'] }, standardSettings()), []);
  });
});

describe('fix-all', () => {
  const broken = joinLines(
    '在大会上的讲话', '同志们：', '下面，我讲三点意见。',
    '二、甲', '(一)子', '（三)丑', '1、寅', '3、卯', '三、乙', '一要甲。', '二是乙。', '四要丙。', '主要：一是甲；三是乙。', '三、丙', '（二）辰',
  );
  const fixed = joinLines(
    '在大会上的讲话', '同志们：', '下面，我讲三点意见。',
    '一、甲', '（一）子', '（二）丑', '1.寅', '2.卯', '二、乙', '一要甲。', '二要乙。', '三要丙。', '主要：一是甲；二是乙。', '三、丙', '（一）辰',
  );

  it('renumbers every list and fixes every form in one edit, leaving counts alone', () => {
    assert.equal(fixAll(broken), fixed);
    assert.equal(fixAll(joinLines('我讲三点意见。', '一、甲')), joinLines('我讲三点意见。', '一、甲'));
  });

  it('changes nothing the second time', () => {
    assert.equal(fixAll(fixAll(broken)), fixAll(broken));
    assert.deepEqual(codeActions(parseSpeech(fixed), { uri: 'file:///t.speech', version: 1, diagnostics: [], only: [FIX_ALL_KIND] }, standardSettings()), []);
  });

  it('is offered for source.fixAll, source.renumber and source, not for quickfix alone nor for no kind', () => {
    const speech = parseSpeech(broken);
    const kinds = (only?: string[]) => codeActions(speech, { uri: 'file:///t.speech', version: 1, diagnostics: [], only }, standardSettings()).map((a) => a.kind);
    assert.deepEqual(kinds(['source.fixAll']), [FIX_ALL_KIND]);
    assert.deepEqual(kinds(['source.renumber']), [RENUMBER_KIND]);
    assert.deepEqual(kinds(['source']), [FIX_ALL_KIND, RENUMBER_KIND]);
    assert.deepEqual(kinds(['quickfix']), []);
    assert.deepEqual(kinds(undefined), [], 'the light bulb asks with no kind on every cursor move');
  });
});
