/**
 * What an author sees first, in a real VS Code: the address `npm start` prints opens the first
 * sample in an editor, the colours of the speech grammar in VS Code's default themes are none of
 * them the red people read as an error, and a problem's squiggle under a bold heading shows.
 * Skipped, with the reason, where that VS Code is not installed (see workbench.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { missingEnvironment, packageExtension, root, startWorkbench, waitUntil, useWorkbench, type Workbench } from './workbench';

const SPEECH = [
  '在全市工作会议上的讲话',
  '同志们：',
  '今天我讲三点意见。',
  '一、统一思想',
  '一是提高站位。二要压实责任。',
  '（一）第二级标题',
  '1.第三级标题',
  '（1）第四级标题',
  '①第五级标题',
  '二、岀实招',
  '正文。',
  '附件：1.名单',
].join('\n');

/** Each part of the grammar an author sees, by a piece of SPEECH it colours. */
const PARTS = {
  series: '一是', count: '三点', ordinal: '一、', title: '在全市工作会议上的讲话', attachment: '附件：',
  level1: '统一思想', level2: '第二级标题', level3: '第三级标题', level4: '第四级标题', level5: '第五级标题',
};
/** Parts that must stand out from the text: headings are bold whatever their colour. */
const COLOURED = ['series', 'count', 'ordinal', 'attachment'];

const skip = missingEnvironment();

/**
 * Whether a CSS colour is the bright red people read as an error (#e51400, #cf222e, #f14c4c). The
 * dark reds of headings and strings in Light+ (#800000, #a31515) have been read as text for years.
 */
function isAlarmRed(colour: string): boolean {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.4 || max < 0.7) return false;
  const hue = max === r ? (60 * ((g - b) / (max - min)) + 360) % 360 : max === g ? 60 * ((b - r) / (max - min)) + 120 : 60 * ((r - g) / (max - min)) + 240;
  return hue >= 340 || hue <= 20;
}

/** The colour the editor draws the first token of `text` in. */
async function colourOf(editor: Locator, text: string): Promise<string> {
  const token = editor.locator('.view-line span span', { hasText: text }).first();
  await token.waitFor({ timeout: 20_000 });
  return token.evaluate((element) => getComputedStyle(element).color);
}

/** The colours of every part of PARTS and of the body text, by part. */
async function coloursOf(editor: Locator): Promise<Record<string, string>> {
  const colours: Record<string, string> = { text: await colourOf(editor, '正文') };
  for (const [part, piece] of Object.entries(PARTS)) colours[part] = await colourOf(editor, piece);
  return colours;
}

/**
 * Switches the theme in the workspace settings, waits for the workbench to wear it, then for the
 * editor's tokens to be repainted in it: the class changes before the token colours do.
 */
async function useTheme(page: Page, folder: string, theme: string, themeFile: string): Promise<Record<string, string>> {
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }));
  const worn = `vscode-theme-defaults-themes-${themeFile}-json`;
  await waitUntil(() => page.locator('.monaco-workbench').getAttribute('class'), (c) => (c ?? '').split(' ').includes(worn), `the theme ${theme}`);
  const editor = page.locator('.monaco-editor').first();
  // The same colours twice, a probe's pause (200 ms) apart.
  let last = '';
  const settled = await waitUntil(async () => {
    const colours = await coloursOf(editor);
    const seen = last;
    last = JSON.stringify(colours);
    return seen === last ? colours : undefined;
  }, (colours) => colours !== undefined, `the colours of ${theme} to settle`);
  return settled as Record<string, string>;
}

/** VS Code's default themes, by their setting's value and their file in the theme-defaults extension. */
const THEMES = {
  'Light 2026': '2026-light', 'Dark 2026': '2026-dark', 'Light Modern': 'light_modern', 'Dark Modern': 'dark_modern',
  'Light+': 'light_plus', 'Dark+': 'dark_plus', 'Visual Studio Light': 'light_vs', 'Visual Studio Dark': 'dark_vs',
  'Default High Contrast': 'hc_black', 'Default High Contrast Light': 'hc_light',
};
/**
 * Parts a theme leaves in the text's colour on purpose: the Visual Studio themes colour no
 * `support.type`, so an attachment's label is plain there, as every type name is.
 */
const PLAIN_IN: Record<string, string[]> = { 'Visual Studio Light': ['attachment'], 'Visual Studio Dark': ['attachment'] };
const LEVELS = ['level1', 'level2', 'level3', 'level4', 'level5'];
/**
 * Themes that give some heading levels one colour, so the ordinal and the bold tell them apart:
 * the Visual Studio themes colour every `markup.heading` alike and colour no `entity.name`; High
 * Contrast colours no `entity.name.variable`, so level 4 wears level 1's heading colour.
 */
const LEVELS_ALIKE_IN = ['Visual Studio Light', 'Visual Studio Dark', 'Default High Contrast'];

describe('what an author sees first', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('colours-', async () => {
    workbench = await startWorkbench(packageExtension(), { 'first.speech': SPEECH, 'other.speech': '另一篇', '.vscode/settings.json': '{}' }, { open: 'first.speech' });
    page = workbench.page;
    return workbench;
  });

  it('opens the file the address names in an editor', async () => {
    await page.locator('.tab.active', { hasText: 'first.speech' }).waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: /characters · about/ }).waitFor({ timeout: 30_000 });
  });

  for (const [theme, themeFile] of Object.entries(THEMES)) {
    it(`colours series words, counts, ordinals, titles and headings in ${theme}, none of them the red of an error`, async () => {
      const colours = await useTheme(page, workbench.folder, theme, themeFile);
      for (const [part, piece] of Object.entries(PARTS)) {
        const colour = colours[part];
        assert.ok(!isAlarmRed(colour), `${part} (${piece}) is the red of an error in ${theme}: ${colour}`);
        const coloured = COLOURED.includes(part) && !(PLAIN_IN[theme] ?? []).includes(part);
        if (coloured) assert.notEqual(colour, colours.text, `${part} (${piece}) is not coloured in ${theme}`);
      }
      const levels = LEVELS.map((level) => colours[level]);
      // Level 5 is the last to be told apart by its ordinal alone: it stands out in every theme.
      assert.ok(!levels.slice(0, 4).includes(colours.level5), `level 5 wears the colour of another level in ${theme}: ${JSON.stringify(levels)}`);
      if (!LEVELS_ALIKE_IN.includes(theme)) assert.equal(new Set(levels).size, 5, `two heading levels share a colour in ${theme}: ${JSON.stringify(levels)}`);
    });
  }

  it('shows the squiggle of a problem under a bold heading', async () => {
    const editor = page.locator('.monaco-editor').first();
    // 岀 is a rare variant of 出 (text.variantGlyph), in a level-1 heading.
    const squiggle = editor.locator('.squiggly-warning, .squiggly-info, .squiggly-error').filter({ visible: true });
    await squiggle.first().waitFor({ timeout: 30_000 });
    const boxes = await squiggle.evaluateAll((elements) => elements.map((e) => {
      const box = e.getBoundingClientRect();
      return { width: box.width, height: box.height, image: getComputedStyle(e).backgroundImage, top: box.top };
    }));
    const heading = await editor.locator('.view-line', { hasText: '二、岀实招' }).boundingBox();
    assert.ok(heading);
    const under = boxes.filter((b) => b.top >= heading.y - 1 && b.top <= heading.y + heading.height);
    assert.ok(under.length > 0, `no squiggle on the heading line: ${JSON.stringify(boxes)}`);
    assert.ok(under.every((b) => b.width > 4 && b.height > 0 && b.image !== 'none'), JSON.stringify(under));
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results', 'colours-squiggle.png') });
  });
});
