/**
 * Word in and out in a real VS Code (the web workbench, see workbench.ts), in zh-cn: 讲话稿：导出为 Word
 * writes a .docx beside the open speech that reads back as its text; 讲话稿：从 Word 导入 on a .docx
 * whose headings are Word's automatic numbering (from the Explorer's context menu) writes a speech
 * and opens it, and its outline shows those headings.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { importDocxBytes } from '../../server/src/features/docx/import';
import { missingEnvironment, openFile, packageExtension, runCommand, startWorkbench, waitUntil, useWorkbench, type Workbench } from './workbench';

const SPEECH = ['在全市工作会议上的讲话', '同志们：', '一、统一思想', '要把思想统一到会议精神上来。', '（一）提高认识。认识到位才能行动到位。', '二、狠抓落实', '同志们，让我们共同努力。', ''].join('\n');

/** A colleague's draft: every heading numbered by Word itself. */
async function draftWithAutomaticNumbering(): Promise<Uint8Array> {
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '%1、', start: 1, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
    { level: 1, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '（%2）', start: 1, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  ];
  const heading = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'headings', level } });
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const document = new Document({
    numbering: { config: [{ reference: 'headings', levels }] },
    sections: [{ children: [body('在全县工作会议上的讲话'), body('同志们：'), heading('提高站位', 0), body('正文。'), heading('压实责任', 1), heading('强化督查', 1), heading('务求实效', 0)] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const skip = missingEnvironment();

describe('Word in and out in a real VS Code', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  useWorkbench('word-', async () => {
    workbench = await startWorkbench(packageExtension(), { 'meeting.speech': SPEECH }, { locale: 'zh-cn', width: 1280, height: 800 });
    page = workbench.page;
    return workbench;
  });

  it('exports the open speech to a .docx beside it that reads back as its text', async () => {
    await openFile(page, 'meeting.speech');
    await page.locator('.statusbar-item', { hasText: /^讲话稿$/ }).waitFor({ timeout: 30_000 });
    await runCommand(page, '讲话稿：导出为 Word');
    await page.locator('.notifications-toasts', { hasText: '已导出为 meeting.docx' }).waitFor({ timeout: 30_000 });
    const target = join(workbench.folder, 'meeting.docx');
    assert.ok(existsSync(target));
    assert.equal(importDocxBytes(new Uint8Array(readFileSync(target))).text, SPEECH);
  });

  it('imports a .docx with automatic numbering from the Explorer: the outline shows its headings', async () => {
    writeFileSync(join(workbench.folder, 'draft.docx'), await draftWithAutomaticNumbering());
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.docx' });
    await row.waitFor({ timeout: 20_000 });
    await row.click({ button: 'right' });
    const item = page.locator('.monaco-menu .action-label', { hasText: '讲话稿：从 Word 导入' });
    await item.click();
    // A click while the menu is still settling only focuses the item: Enter runs the focused one.
    await page.waitForTimeout(1_000);
    if (await item.isVisible()) await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'draft.speech' }).waitFor({ timeout: 30_000 });
    assert.equal(readFileSync(join(workbench.folder, 'draft.speech'), 'utf8'),
      ['在全县工作会议上的讲话', '同志们：', '一、提高站位', '正文。', '（一）压实责任', '（二）强化督查', '二、务求实效'].join('\n'));
    const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'speeches' });
    if (await folders.count() > 0) await folders.click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    const outline = await waitUntil(
      () => rows.evaluateAll((elements) => elements.map((e) => `${e.getAttribute('aria-level')} ${e.querySelector('.label-name')?.textContent ?? ''}`)),
      (seen) => seen.length >= 5,
      'the outline of draft.speech',
    );
    assert.deepEqual(outline, ['1 在全县工作会议上的讲话', '1 一、提高站位', '2 （一）压实责任', '2 （二）强化督查', '1 二、务求实效']);
  });
});
