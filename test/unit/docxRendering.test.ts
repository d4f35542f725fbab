/**
 * What Word would show, seen in LibreOffice: the exported .docx of both profiles converted to PDF by
 * `soffice --headless` and read back with poppler's `pdftotext -bbox-layout` (positions of every
 * line). A Chinese font of Debian (fonts-noto-cjk) stands in for the GB fonts through a fontconfig
 * alias made here, for this test only. Skipped where LibreOffice is not installed, unless
 * `SPEECH_LIBREOFFICE=required` (CI), where that fails. `SPEECH_EXPORT_PICTURES=docs` writes the
 * pictures of page 1 to docs/images/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportDocxBytes } from '../../server/src/features/docx/export';
import { PROFILES, type ProfileName } from '../../server/src/features/docx/profiles';
import { parseSpeech } from '../../server/src/speech/parser';

const root = join(__dirname, '..', '..');
const required = process.env.SPEECH_LIBREOFFICE === 'required';
const installed = ['soffice', 'pdftotext', 'pdftoppm'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
const skip = !installed && !required ? 'LibreOffice (libreoffice-writer-nogui) and poppler-utils are not installed' : false;

const MM_PER_PT = 25.4 / 72;

/** The GB fonts, each standing in as a Noto CJK face. */
const FONTS_CONF = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[['仿宋_GB2312', 'Noto Serif CJK SC'], ['楷体_GB2312', 'Noto Serif CJK SC'], ['方正小标宋简体', 'Noto Serif CJK SC'], ['宋体', 'Noto Serif CJK SC'], ['黑体', 'Noto Sans CJK SC']]
    .map(([gb, noto]) => `<alias binding="same"><family>${gb}</family><prefer><family>${noto}</family></prefer></alias>`).join('\n')}
</fontconfig>`;

/** A speech of long body paragraphs: page 2 holds nothing but body lines. */
const LONG_SPEECH = [
  '在全市重点工作推进会议上的讲话', '同志们：',
  ...Array.from({ length: 12 }, (_, i) => `第${i + 1}段，`.concat('我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，扎实推动高质量发展。'.repeat(6))),
].join('\n');

interface Line {
  x: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

/** Every line of every page, in millimetres from the page's top left corner. */
function linesOf(pdf: string): Line[][] {
  const result = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.split('<page ').slice(1).map((page) => [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
    .map((m) => ({
      x: Number(m[1]) * MM_PER_PT, top: Number(m[2]) * MM_PER_PT, right: Number(m[3]) * MM_PER_PT, bottom: Number(m[4]) * MM_PER_PT,
      text: [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
    })));
}

const isPageNumber = (line: Line) => /^—\s*\d+\s*—$/.test(line.text);

describe('the exported .docx in LibreOffice', { skip }, () => {
  let work: string;
  const pdfs = new Map<string, string>();

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'speech-docx-'));
    writeFileSync(join(work, 'fonts.conf'), FONTS_CONF);
    const sample = readFileSync(join(root, 'samples', 'city-clean-government.speech'), 'utf8');
    const documents: [string, string, ProfileName][] = [
      ['long-gbt9704', LONG_SPEECH, 'gbt9704'], ['sample-gbt9704', sample, 'gbt9704'], ['sample-reading', sample, 'reading'], ['long-reading', LONG_SPEECH, 'reading'],
    ];
    for (const [name, text, profile] of documents) writeFileSync(join(work, `${name}.docx`), exportDocxBytes(parseSpeech(text), PROFILES[profile]));
    const converted = spawnSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work,
      ...documents.map(([name]) => join(work, `${name}.docx`))], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: join(work, 'fonts.conf') }, timeout: 180_000 });
    assert.equal(converted.status, 0, `soffice failed: ${converted.stderr}`);
    for (const [name] of documents) pdfs.set(name, join(work, `${name}.pdf`));
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('sets 22 body lines on a full page, the text block 37 mm from the top and 28 mm from the left', () => {
    const pages = linesOf(pdfs.get('long-gbt9704')!);
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    const body = pages[1].filter((line) => !isPageNumber(line));
    assert.equal(body.length, 22, body.map((line) => line.text.slice(0, 10)).join(' / '));
    const pitch = (body[21].bottom - body[0].bottom) / 21;
    assert.ok(Math.abs(pitch - 28.95 * 25.4 / 72) < 0.1, `line pitch ${pitch.toFixed(2)} mm`);
    // A line's box is one pitch high and its glyphs sit at its foot.
    const top = body[0].bottom - pitch;
    assert.ok(Math.abs(top - 37) <= 1, `text block starts ${top.toFixed(1)} mm from the top`);
    const left = Math.min(...body.map((line) => line.x));
    assert.ok(Math.abs(left - 28) <= 1, `text block starts ${left.toFixed(1)} mm from the left`);
    const full = body.filter((line) => Math.abs(line.x - left) < 0.5 && line.right > 180);
    assert.ok(full.length > 15 && full.every((line) => [...line.text].length === 28), full.map((line) => [...line.text].length).join(' '));
  });

  it('numbers pages — N —, right on odd pages and left on even pages, one character in', () => {
    const pages = linesOf(pdfs.get('long-gbt9704')!);
    pages.slice(0, 3).forEach((page, i) => {
      const number = page.find(isPageNumber);
      assert.ok(number, `page ${i + 1} has no page number`);
      assert.equal(number.text.replace(/\s/g, ''), `—${i + 1}—`);
      // One 4号 character (4.9 mm) in from the 版心's edge (28 mm and 184 mm).
      if (i % 2 === 0) assert.ok(Math.abs(number.right - (184 - 4.9)) < 2, `odd page number ends at ${number.right.toFixed(1)} mm`);
      else assert.ok(Math.abs(number.x - (28 + 4.9)) < 2, `even page number starts at ${number.x.toFixed(1)} mm`);
      assert.ok(number.top > 297 - 35 + 5 && number.top < 297 - 35 + 10, `page number ${number.top.toFixed(1)} mm from the top`);
    });
  });

  it('centres the reading copy’s page number and sets its body larger', () => {
    const pages = linesOf(pdfs.get('long-reading')!);
    const number = pages[0].find(isPageNumber)!;
    assert.ok(Math.abs((number.x + number.right) / 2 - 106) < 2, `page number centred at ${((number.x + number.right) / 2).toFixed(1)} mm`);
    const body = pages[0].filter((line) => !isPageNumber(line));
    const pitch = (body[body.length - 1].bottom - body[1].bottom) / (body.length - 2);
    assert.ok(Math.abs(pitch - 36 * 25.4 / 72) < 0.1, `line pitch ${pitch.toFixed(2)} mm`);
    assert.ok(body.every((line) => [...line.text].length <= 24), 'at most 24 characters of 18 pt a line');
  });

  // pdftotext leaves out some marks LibreOffice hangs past a line's end; the XML keeps them (docx.test.ts).
  it('shows every character of the sample but punctuation, in order', () => {
    const text = spawnSync('pdftotext', [pdfs.get('sample-gbt9704')!, '-'], { encoding: 'utf8' }).stdout;
    const strip = (s: string) => s.replace(/[\s—\d\p{P}]/gu, '');
    const sample = readFileSync(join(root, 'samples', 'city-clean-government.speech'), 'utf8');
    assert.equal(strip(text), strip(sample));
  });

  it('draws page 1 of both profiles', { skip: process.env.SPEECH_EXPORT_PICTURES !== 'docs' }, () => {
    mkdirSync(join(root, 'docs', 'images'), { recursive: true });
    for (const name of ['sample-gbt9704', 'sample-reading']) {
      const prefix = join(work, name);
      assert.equal(spawnSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdfs.get(name)!, prefix]).status, 0);
      renameSync(`${prefix}.png`, join(root, 'docs', 'images', `export-${name.replace('sample-', '')}.png`));
    }
  });
});
