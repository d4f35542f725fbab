import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchHeadingOrdinal, renumberedMark, standardMark } from '../../server/src/speech/ordinal';

const heading = (line: string) => matchHeadingOrdinal(line, 0);

describe('heading ordinals', () => {
  it('reads each level in its canonical form', () => {
    const cases: [string, number, number, string][] = [
      ['一、坚持党的领导', 1, 1, '一、'],
      ['（三）必须创新事中事后监管', 2, 3, '（三）'],
      ['1. 压实责任。', 3, 1, '1.'],
      ['（2）严格执行预算。', 4, 2, '（2）'],
      ['①加强监督。', 5, 1, '①'],
      ['十一、第十一项', 1, 11, '十一、'],
      ['（二十）第二十项', 2, 20, '（二十）'],
      ['12. 第十二项', 3, 12, '12.'],
    ];
    for (const [line, level, value, text] of cases) {
      const ordinal = heading(line);
      assert.ok(ordinal, line);
      assert.deepEqual([ordinal.level, ordinal.value, ordinal.text], [level, value, text], line);
      assert.equal(standardMark(ordinal.kind, ordinal.value), text);
    }
  });

  it('marks where the number stands inside the mark', () => {
    const ordinal = heading('（十二）标题')!;
    assert.deepEqual([ordinal.start, ordinal.end, ordinal.numberStart, ordinal.numberEnd], [0, 4, 1, 3]);
  });

  it('renumbers in the style the mark is written in', () => {
    assert.equal(renumberedMark(heading('(二)标题')!, 3), '(三)');
    assert.equal(renumberedMark(heading('５.标题')!, 6), '６.');
    assert.equal(renumberedMark(heading('②标题')!, 21), '㉑');
    assert.equal(renumberedMark(heading('⑵标题')!, 21), undefined);
    assert.equal(renumberedMark(heading('㈡标题')!, 3), '㈢');
  });

  it('uses the configured level-3 separator', () => {
    assert.equal(standardMark('level3', 4, '．'), '4．');
  });
});
