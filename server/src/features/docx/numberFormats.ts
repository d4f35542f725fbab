/**
 * A number as Word writes it in an automatic list label, by the level's `w:numFmt`: `一` `十一`
 * (chineseCountingThousand), `一〇` (chineseCounting, digit by digit past ten), `壹拾壹`, `①`, `甲`,
 * full-width digits, letters, Roman numerals. An unknown format writes decimal digits, as Word does.
 */
import Nzh from 'nzh';
import { toChineseNumeral, toCircledNumber } from '../../speech/numerals';

const DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** `一`…`十`, then digit by digit (`一一`, `二〇`). */
function digitByDigit(value: number): string {
  if (value <= 10) return value === 10 ? '十' : DIGITS[value] ?? String(value);
  return String(value).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);
}

function letters(value: number, base: string): string {
  // Word repeats the letter past Z: AA, BB…
  const letter = String.fromCharCode(base.charCodeAt(0) + (value - 1) % 26);
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, mark] of table) while (rest >= amount) { text += mark; rest -= amount; }
  return text;
}

function fromTable(value: number, table: string): string {
  return value >= 1 && value <= table.length ? table[value - 1] : String(value);
}

function enclosed(value: number, base: number, limit: number): string {
  return value >= 1 && value <= limit ? String.fromCharCode(base + value - 1) : String(value);
}

const FORMATS: Record<string, (value: number) => string> = {
  decimal: String,
  decimalZero: (value) => (value < 10 ? `0${value}` : String(value)),
  decimalFullWidth: (value) => String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  decimalFullWidth2: (value) => String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  decimalHalfWidth: String,
  decimalEnclosedCircle: (value) => (value <= 20 ? toCircledNumber(value) ?? String(value) : String(value)),
  decimalEnclosedCircleChinese: (value) => (value <= 20 ? toCircledNumber(value) ?? String(value) : String(value)),
  decimalEnclosedParen: (value) => enclosed(value, 0x2474, 20),
  decimalEnclosedFullstop: (value) => enclosed(value, 0x2488, 20),
  ideographEnclosedCircle: (value) => enclosed(value, 0x3280, 10),
  chineseCounting: digitByDigit,
  ideographDigital: digitByDigit,
  taiwaneseCounting: digitByDigit,
  taiwaneseDigital: (value) => String(value).replace(/[0-9]/g, (d) => DIGITS[Number(d)]),
  chineseCountingThousand: toChineseNumeral,
  taiwaneseCountingThousand: toChineseNumeral,
  japaneseCounting: toChineseNumeral,
  chineseLegalSimplified: (value) => Nzh.cn.encodeB(value),
  ideographLegalTraditional: (value) => Nzh.hk.encodeB(value),
  ideographTraditional: (value) => fromTable(value, HEAVENLY_STEMS),
  ideographZodiac: (value) => fromTable(value, EARTHLY_BRANCHES),
  upperLetter: (value) => letters(value, 'A'),
  lowerLetter: (value) => letters(value, 'a'),
  upperRoman: roman,
  lowerRoman: (value) => roman(value).toLowerCase(),
  none: () => '',
};

/** `value` written in the format `numFmt` (decimal for a format not listed, or a value below one). */
export function formatNumber(value: number, numFmt: string): string {
  if (value < 1 && numFmt !== 'none') return String(value);
  return (FORMATS[numFmt] ?? String)(value);
}
