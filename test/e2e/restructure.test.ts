/**
 * Restructuring in a real VS Code (see workbench.ts): Alt+Shift+↓ on a heading line moves its section
 * below the next one with both renumbered, dragging a section in the 提纲 view moves it, and 复制提纲
 * puts the outline on the clipboard. With SPEECH_E2E_SCREENSHOTS=docs the README's picture of the
 * 提纲 view is taken again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { goTo, missingEnvironment, openFile, packageExtension, runCommand, startWorkbench, visibleText, waitUntil, picture, useWorkbench, type Workbench } from './workbench';

const SPEECH = [
  '在全市重点工作推进会上的讲话',
  '',
  '同志们：',
  '',
  '今天召开这次会议，主要是部署下一阶段的重点工作。',
  '',
  '一、统一思想，提高认识',
  '（一）充分肯定成绩。去年各项工作取得新进展。',
  '（二）清醒认识不足。发展不平衡的问题依然存在。',
  '',
  '二、突出重点，精准发力',
  '（一）抓好项目建设。全年安排重点项目一百个。',
  '（二）抓好改革攻坚。推动重点领域改革取得突破。',
  '',
  '三、压实责任，狠抓落实',
  '一要强化责任。二要强化督查。',
  '',
  '同志们，让我们共同努力，完成好全年目标任务！',
].join('\n');

const skip = missingEnvironment();

describe('restructuring in a real VS Code', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('', async () => {
    workbench = await startWorkbench(packageExtension(), { 'move.speech': SPEECH, 'drag.speech': SPEECH, 'copy.speech': SPEECH }, { locale: 'zh-cn', width: 1280, height: 800 });
    page = workbench.page;
    return workbench;
  }, (started) => started.page.context().grantPermissions(['clipboard-read', 'clipboard-write']));

  /** The rows of the 提纲 view: their depth, name and figures. */
  const outlineRows = () => page.locator('.pane-body .monaco-list-row[aria-level]').filter({ has: page.locator('.label-description') })
    .evaluateAll((rows) => rows.filter((r) => r.closest('.pane')?.querySelector('.pane-header')?.textContent?.includes('讲话稿提纲'))
      .map((r) => `${r.getAttribute('aria-level')} ${r.querySelector('.label-name')?.textContent ?? ''}`));

  async function showSpeechOutline(): Promise<void> {
    const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'speeches' });
    if (await folders.count() > 0) await folders.click();
    // The view is listed once the extension has seen a speech in the active editor: until then, ask again.
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(page, 'Explorer: Focus on 讲话稿提纲 View');
        return;
      } catch (error) {
        if (attempt === 6) throw error;
        for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
        await page.waitForTimeout(2_000);
      }
    }
  }

  it('moves the section of 二、 below 三、 with Alt+Shift+↓, both renumbered', async () => {
    const editor = await openFile(page, 'move.speech');
    await waitUntil(() => visibleText(editor), (text) => text.includes('二、突出重点'), 'the speech in the editor');
    // The keys apply once the server has said which lines are headings: the 提纲 view shows them then.
    await showSpeechOutline();
    await waitUntil(outlineRows, (seen) => seen.includes('1 二、突出重点，精准发力'), 'the 提纲 view of move.speech');
    await editor.click();
    await goTo(page, 11, 1);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const text = await waitUntil(() => visibleText(editor), (seen) => seen.includes('三、突出重点'), 'the section moved');
    const lines = text.split('\n');
    const second = lines.indexOf('二、压实责任，狠抓落实');
    const third = lines.indexOf('三、突出重点，精准发力');
    assert.ok(second > 0 && third > second, text);
    assert.equal(lines[third + 1], '（一）抓好项目建设。全年安排重点项目一百个。');
    assert.equal(lines[second + 1], '一要强化责任。二要强化督查。');
    // One undo step restores the speech.
    await page.keyboard.press('Control+Z');
    await waitUntil(() => visibleText(editor), (seen) => seen.includes('二、突出重点'), 'the move undone');
  });

  it('shows the 提纲 view with lengths and moves a section dragged onto another', async () => {
    const editor = await openFile(page, 'drag.speech');
    await showSpeechOutline();
    const rows = await waitUntil(outlineRows, (seen) => seen.length >= 7, 'the 提纲 view');
    assert.deepEqual(rows, [
      '1 一、统一思想，提高认识', '2 （一）充分肯定成绩', '2 （二）清醒认识不足', '1 二、突出重点，精准发力', '2 （一）抓好项目建设', '2 （二）抓好改革攻坚',
      '1 三、压实责任，狠抓落实', '2 一要强化责任。', '2 二要强化督查。',
    ].filter((r) => rows.includes(r)));
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '讲话稿提纲' }) });
    await view.locator('.label-description', { hasText: '字' }).first().waitFor();
    await picture(page, 'outline-view');
    const row = (name: string) => view.locator('.monaco-list-row', { hasText: name }).first();
    await row('（二）抓好改革攻坚').dragTo(row('一、统一思想，提高认识'));
    const text = await waitUntil(() => visibleText(editor), (seen) => seen.includes('（三）抓好改革攻坚'), 'the dragged section under 一、');
    const lines = text.split('\n');
    assert.equal(lines[lines.indexOf('（二）清醒认识不足。发展不平衡的问题依然存在。') + 1], '（三）抓好改革攻坚。推动重点领域改革取得突破。');
    await waitUntil(outlineRows, (seen) => seen.includes('2 （三）抓好改革攻坚'), 'the 提纲 view updated');
  });

  it('copies the 提纲 to the clipboard down to the chosen level', async () => {
    await openFile(page, 'copy.speech');
    await page.waitForTimeout(500);
    // The command asks for a depth, so the palette stays open: run it by hand.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>讲话稿：复制提纲');
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: '讲话稿：复制提纲' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '到二级' }).click();
    const copied = await waitUntil(() => page.evaluate(() => navigator.clipboard.readText()), (text) => text.includes('三、'), 'the outline on the clipboard');
    assert.equal(copied, [
      '在全市重点工作推进会上的讲话', '',
      '一、统一思想，提高认识', '\u3000（一）充分肯定成绩', '\u3000（二）清醒认识不足',
      '二、突出重点，精准发力', '\u3000（一）抓好项目建设', '\u3000（二）抓好改革攻坚',
      '三、压实责任，狠抓落实', '',
    ].join('\n'));
  });
});

