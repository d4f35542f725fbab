import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArabic, parseChineseNumeral, parseNumberCharacter, toChineseNumeral, toCircledNumber } from '../../server/src/speech/numerals';

describe('numerals', () => {
  it('reads and writes Chinese numerals both ways', () => {
    for (const [text, value] of [['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['一百', 100], ['一百零一', 101], ['一百一十', 110], ['九百九十九', 999]] as const) {
      assert.equal(parseChineseNumeral(text), value, text);
      assert.equal(toChineseNumeral(value), text, String(value));
    }
  });

  it('rejects what is not a well-formed numeral of 1–999', () => {
    for (const text of ['', '十四五', '一十一', '二〇', '〇', '零', '一千', '两', '一百十', '一二', '十十']) {
      assert.equal(parseChineseNumeral(text), undefined, text);
    }
  });

  it('reads 两 only in counts', () => {
    assert.equal(parseChineseNumeral('两'), undefined);
    assert.equal(parseChineseNumeral('两', true), 2);
    assert.equal(parseChineseNumeral('两百', true), 200);
  });

  it('reads ASCII and full-width digits of 1–999', () => {
    assert.equal(parseArabic('12'), 12);
    assert.equal(parseArabic('１２'), 12);
    assert.equal(parseArabic('0'), undefined);
    assert.equal(parseArabic('1000'), undefined);
  });

  it('reads one-character numbers and writes circled ones', () => {
    assert.deepEqual(parseNumberCharacter('①'), { kind: 'circled', value: 1 });
    assert.deepEqual(parseNumberCharacter('⑳'), { kind: 'circled', value: 20 });
    assert.deepEqual(parseNumberCharacter('㉑'), { kind: 'circled', value: 21 });
    assert.deepEqual(parseNumberCharacter('㊿'), { kind: 'circled', value: 50 });
    assert.deepEqual(parseNumberCharacter('⑴'), { kind: 'parenthesizedDigit', value: 1 });
    assert.deepEqual(parseNumberCharacter('⒈'), { kind: 'digitFullStop', value: 1 });
    assert.deepEqual(parseNumberCharacter('㈩'), { kind: 'parenthesizedIdeograph', value: 10 });
    assert.equal(parseNumberCharacter('一'), undefined);
    for (let n = 1; n <= 50; n++) assert.equal(parseNumberCharacter(toCircledNumber(n)!)?.value, n);
    assert.equal(toCircledNumber(51), undefined);
  });
});
