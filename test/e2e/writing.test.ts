/**
 * Writing in a real VS Code as an author does on a first afternoon: keys pressed for something else
 * insert nothing, a document whose language is chosen by hand gets its figures, the messages are
 * Chinese. Skipped, with the reason, where that VS Code is not installed (see workbench.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { goTo, missingEnvironment, openFile, packageExtension, runCommand, startWorkbench, visibleText, waitUntil, picture, useWorkbench, type Workbench } from './workbench';

const SERIES = [
  '在经济工作会议上的讲话',
  '同志们：',
  '一是扩大有效投资。二是提振消费',
  '谢谢大家！',
].join('\n');

const FORMAT = ['在工作会议上的讲话', '同志们：', '一、甲', '正文,紧盯落实。', '三、乙', '推进XX项目建设，落实【待补】要求。', '五、丙'].join('\n');

const FILES = {
  'series.speech': SERIES,
  'format.speech': FORMAT,
  'save.speech': FORMAT,
  '.vscode/settings.json': JSON.stringify({ 'speech.renumberOnSave': true, 'speech.targetMinutes': 1 }),
};

const skip = missingEnvironment();

describe('writing in a real VS Code', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('writing-', async () => {
    workbench = await startWorkbench(packageExtension(), FILES, { locale: 'zh-cn', width: 1280, height: 800 });
    page = workbench.page;
    return workbench;
  });

  it('Enter after a sentence mark starts a new line; the next series word is offered when asked', async () => {
    const editor = await openFile(page, 'series.speech');
    await page.locator('.statusbar-item', { hasText: '字 · 约' }).waitFor({ timeout: 30_000 });
    await goTo(page, 3);
    await page.keyboard.press('End');
    await page.keyboard.type('。');
    // Long enough for a suggestion list to open, if typing the mark opened one.
    await page.waitForTimeout(1_500);
    await page.keyboard.press('Enter');
    const text = await waitUntil(() => visibleText(editor), (seen) => seen.split('\n').length >= 5, 'the new line');
    assert.deepEqual(text.split('\n').slice(2, 5), ['一是扩大有效投资。二是提振消费。', '', '谢谢大家！']);

    // Asked for (Ctrl+Space) at the end of the sentence, or once its numeral is typed, the next series word is there.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: '三是' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.type('三');
    await rows.filter({ hasText: '三是' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await waitUntil(() => visibleText(editor), (seen) => seen.includes('二是提振消费。三是'), 'the accepted series word');
  });

  it('shows the length once a new document is switched to 讲话稿', async () => {
    await page.keyboard.press('Control+N');
    await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('同志们：\n今天我讲两点意见。');
    // Not runCommand: the command opens a second picker, the list of languages.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Change Language Mode');
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Change Language Mode' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await waitUntil(() => input.inputValue(), (value) => value === '', 'the list of languages');
    await input.fill('speech');
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: '讲话稿' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: /^讲话稿$/ }).waitFor({ timeout: 10_000 });
    // No click, no keystroke: the figures appear by themselves.
    await page.locator('.statusbar-item', { hasText: /^[0-9,]+字 · 约/ }).waitFor({ timeout: 15_000 });
  });

  it('formats a speech with Format Document: renumbered, the certain text fixes', async () => {
    const editor = await openFile(page, 'format.speech');
    await page.locator('.statusbar-item', { hasText: '字 · 约' }).waitFor({ timeout: 30_000 });
    await goTo(page, 1);
    // The command, not Shift+Alt+F: in a browser Alt+F opens the menu bar.
    await runCommand(page, 'Format Document');
    await waitUntil(() => visibleText(editor), (text) => text.includes('二、乙') && text.includes('三、丙') && text.includes('正文，紧盯'), 'the formatted speech');
  });

  it('goes to the next placeholder with a key and selects only it', async () => {
    const editor = await openFile(page, 'format.speech');
    await goTo(page, 1);
    // Placeholders are information: once their squiggles show, the findings are there.
    await editor.locator('.squiggly-info').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Alt+J');
    await editor.locator('.selected-text').first().waitFor({ timeout: 10_000 });
    await page.keyboard.type('重点');
    await waitUntil(() => visibleText(editor), (text) => text.includes('推进重点项目建设'), 'the filled placeholder');
    // The findings follow the edit once typing pauses: then only 【待补】 is left.
    await waitUntil(() => editor.locator('.squiggly-info').count(), (n) => n === 1, 'one placeholder left');
    await page.keyboard.press('Control+Alt+J');
    await editor.locator('.selected-text').first().waitFor({ timeout: 10_000 });
    await page.keyboard.type('上级');
    await waitUntil(() => visibleText(editor), (text) => text.includes('落实上级要求'), 'the second placeholder filled');
  });

  it('renumbers on save with speech.renumberOnSave, and shows the target length in the status bar', async () => {
    const editor = await openFile(page, 'save.speech');
    await page.locator('.statusbar-item', { hasText: '/ 目标1分钟，还差半分钟' }).waitFor({ timeout: 30_000 });
    // An edit that leaves the text as it was: only the save changes it.
    await goTo(page, 1);
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+S');
    await waitUntil(() => visibleText(editor), (text) => text.includes('二、乙') && text.includes('三、丙'), 'the renumbered speech');
    // Only the numbering: the half-width comma is left for the author.
    assert.match(await visibleText(editor), /正文,紧盯/);
    await picture(page, 'writing-zh-cn');
  });
});
