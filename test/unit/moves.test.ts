import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../server/src/features/codeActions';
import { availableMoves, moveEdits, type MoveRequest } from '../../server/src/features/moves';
import { speechOutline } from '../../server/src/features/outline';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings } from '../../server/src/settings';
import { applyEdits, joinLines } from './util';

const OPTIONS = { style: 'consistent', level3Separator: '.' } as const;

function moved(text: string, request: MoveRequest): string | undefined {
  const edits = moveEdits(parseSpeech(text), request, OPTIONS);
  return edits && applyEdits(text, edits);
}

const SPEECH = joinLines(
  '在全市工作会议上的讲话', '', '同志们：', '',
  '一、提高认识', '（一）看形势', '（二）看任务', '',
  '二、突出重点', '（一）抓项目', '1.大项目', '2.小项目', '（二）抓改革', '',
  '三、狠抓落实', '（一）压实责任',
);

describe('moves', () => {
  it('moves a section with its subsections below the next one and renumbers both', () => {
    assert.equal(moved(SPEECH, { line: 8, move: 'down' }), joinLines(
      '在全市工作会议上的讲话', '', '同志们：', '',
      '一、提高认识', '（一）看形势', '（二）看任务', '',
      '二、狠抓落实', '（一）压实责任', '',
      '三、突出重点', '（一）抓项目', '1.大项目', '2.小项目', '（二）抓改革',
    ));
  });

  it('moves a section up, and a move and its inverse restore the text', () => {
    const up = moved(SPEECH, { line: 8, move: 'up' })!;
    assert.equal(up, joinLines(
      '在全市工作会议上的讲话', '', '同志们：', '',
      '一、突出重点', '（一）抓项目', '1.大项目', '2.小项目', '（二）抓改革', '',
      '二、提高认识', '（一）看形势', '（二）看任务', '',
      '三、狠抓落实', '（一）压实责任',
    ));
    assert.equal(moved(up, { line: 4, move: 'down' }), SPEECH);
  });

  it('offers no move where the section cannot go', () => {
    const speech = parseSpeech(SPEECH);
    assert.deepEqual(availableMoves(speech, 4), ['down']);
    assert.deepEqual(availableMoves(speech, 14), ['up', 'demote']);
    assert.deepEqual(availableMoves(speech, 10), ['down', 'promote']);
    assert.deepEqual(availableMoves(speech, 2), []);
    assert.equal(moveEdits(speech, { line: 4, move: 'up' }, OPTIONS), undefined);
    assert.equal(moveEdits(speech, { line: 15, move: 'down' }, OPTIONS), undefined);
  });

  it('promotes a subsection after its parent, its descendants one level up, its younger siblings staying', () => {
    const text = joinLines(
      '一、甲', '（一）甲一', '（二）甲二', '1.甲二一', '（1）甲二一一', '①甲二一一一', '（三）甲三', '二、乙',
    );
    assert.equal(moved(text, { line: 2, move: 'promote' }), joinLines(
      '一、甲', '（一）甲一', '（二）甲三', '二、甲二', '（一）甲二一', '1.甲二一一', '（1）甲二一一一', '三、乙',
    ));
  });

  it('demotes a section as the last child of the one before it, which has children', () => {
    const text = joinLines('一、甲', '（一）甲一', '（二）甲二', '二、乙', '（一）乙一', '三、丙');
    const demoted = moved(text, { line: 3, move: 'demote' })!;
    assert.equal(demoted, joinLines('一、甲', '（一）甲一', '（二）甲二', '（三）乙', '1.乙一', '二、丙'));
    assert.equal(moved(demoted, { line: 3, move: 'promote' }), text);
  });

  it('keeps the house style of the level a heading moves to', () => {
    const text = joinLines('一、甲', '(一)甲一', '1、甲一一', '(二)甲二', '二、乙', '(一)乙一', '1、乙一一');
    assert.equal(moved(text, { line: 4, move: 'demote' }), joinLines('一、甲', '(一)甲一', '1、甲一一', '(二)甲二', '(三)乙', '1、乙一', '（1）乙一一'));
  });

  it('keeps a numbering that runs on through the parents running on', () => {
    const text = joinLines('一、甲', '1.甲一', '2.甲二', '二、乙', '3.乙一', '三、丙', '4.丙一', '5.丙二');
    assert.equal(moved(text, { line: 3, move: 'down' }), joinLines('一、甲', '1.甲一', '2.甲二', '二、丙', '3.丙一', '4.丙二', '三、乙', '5.乙一'));
    assert.equal(moved(text, { line: 1, move: 'down' }), joinLines('一、甲', '1.甲二', '2.甲一', '二、乙', '3.乙一', '三、丙', '4.丙一', '5.丙二'));
  });

  it('moves paragraph list items of a series', () => {
    const text = joinLines('一、要求', '一要提高站位。做到心中有数。', '二要压实责任。层层传导压力。', '三要强化督查。');
    assert.deepEqual(availableMoves(parseSpeech(text), 1), ['down']);
    assert.equal(moved(text, { line: 1, move: 'down' }), joinLines('一、要求', '一要压实责任。层层传导压力。', '二要提高站位。做到心中有数。', '三要强化督查。'));
    assert.equal(moved(text, { line: 3, move: 'up' }), joinLines('一、要求', '一要提高站位。做到心中有数。', '二要强化督查。', '三要压实责任。层层传导压力。'));
  });

  it('drops a section after another heading at its level, or under it as its last child', () => {
    assert.equal(moved(SPEECH, { line: 14, target: { line: 4, as: 'after' } }), joinLines(
      '在全市工作会议上的讲话', '', '同志们：', '',
      '一、提高认识', '（一）看形势', '（二）看任务', '',
      '二、狠抓落实', '（一）压实责任', '',
      '三、突出重点', '（一）抓项目', '1.大项目', '2.小项目', '（二）抓改革',
    ));
    assert.equal(moved(SPEECH, { line: 14, target: { line: 4, as: 'child' } }), joinLines(
      '在全市工作会议上的讲话', '', '同志们：', '',
      '一、提高认识', '（一）看形势', '（二）看任务', '',
      '（三）狠抓落实', '1.压实责任', '',
      '二、突出重点', '（一）抓项目', '1.大项目', '2.小项目', '（二）抓改革',
    ));
    assert.equal(moved(SPEECH, { line: 8, target: { line: 9, as: 'child' } }), undefined);
  });

  it('leaves an announced count alone', () => {
    const text = joinLines('我讲三点意见。', '一、甲', '（一）甲一', '二、乙', '三、丙');
    assert.equal(moved(text, { line: 3, move: 'demote' }), joinLines('我讲三点意见。', '一、甲', '（一）甲一', '（二）乙', '二、丙'));
  });

  it('keeps every line break as written', () => {
    const text = '一、甲\r\n（一）甲一\r\n二、乙\r\n';
    assert.equal(moved(text, { line: 0, move: 'down' }), '一、乙\r\n二、甲\r\n（一）甲一\r\n');
  });

  it('offers the moves as code actions resolved later, and the outline lists them', () => {
    const actions = codeActions(parseSpeech(SPEECH), { uri: 'file:///t.speech', version: 4, diagnostics: [], line: 8 }, defaultSettings());
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.edit]), [
      ['Move Section Up (Alt+Shift+↑)', 'refactor.move.speech', undefined],
      ['Move Section Down (Alt+Shift+↓)', 'refactor.move.speech', undefined],
      ['Demote Section (Alt+Shift+→)', 'refactor.rewrite.speech', undefined],
    ]);
    assert.deepEqual(actions[0].data, { uri: 'file:///t.speech', version: 4, line: 8, move: 'up' });
    const quickFixesOnly = codeActions(parseSpeech(SPEECH), { uri: 'file:///t.speech', version: 4, diagnostics: [], line: 8, only: ['quickfix'] }, defaultSettings());
    assert.deepEqual(quickFixesOnly, []);
    const outline = speechOutline(parseSpeech(SPEECH), 4, 250);
    assert.equal(outline.title, '在全市工作会议上的讲话');
    assert.deepEqual(outline.nodes.map((n) => [n.name, n.line, n.moves, n.children.length]), [
      ['一、提高认识', 4, ['down'], 2], ['二、突出重点', 8, ['up', 'down', 'demote'], 2], ['三、狠抓落实', 14, ['up', 'demote'], 1],
    ]);
    assert.deepEqual(outline.nodes[1].children[0].children.map((n) => [n.name, n.depth, n.characters]), [['1.大项目', 3, 5], ['2.小项目', 3, 5]]);
  });
});
