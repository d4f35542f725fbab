/**
 * The browser build in a real web VS Code: a package whose manifest has only the `browser` entry (no
 * `main`), so that VS Code can run it only in the browser's web worker extension host, never in the
 * Node one; its server then runs in a worker of its own (the script dist/server.js). It opens a sample,
 * shows its outline and a numbering warning, and applies a fix. Skipped, with the reason, where the
 * web VS Code is not installed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { goTo, missingEnvironment, openFile, root, runCommand, startWorkbench, visibleText, waitUntil, useWorkbench, type Workbench } from './workbench';

const skip = missingEnvironment();

/** scripts/package-web.mjs, plain JavaScript as Node runs it. */
async function packageWebOnly(out: string): Promise<string> {
  const script = await import(pathToFileURL(join(root, 'scripts', 'package-web.mjs')).href) as { packageWebOnly(out: string): string };
  return script.packageWebOnly(out);
}

describe('the browser build in the web worker extension host', { skip, timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'speech-web-'));
  /** The addresses of the workers the page started (the extension host's, and the server's from a `blob:`). */
  const workers: string[] = [];

  useWorkbench('browser-', async () => {
    const vsix = await packageWebOnly(join(dir, 'speech-writer-web.vsix'));
    workbench = await startWorkbench(vsix, { 'demo.speech': readFileSync(join(root, 'samples', 'numbering-demo.speech'), 'utf8') });
    page = workbench.page;
    page.on('worker', (worker) => workers.push(worker.url()));
    return workbench;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is installed as a web-only extension: VS Code can run it only in the web worker extension host', () => {
    const installed = join(workbench.state, 'extensions', 'speech-tools.speech-writer-0.1.0', 'package.json');
    const manifest = JSON.parse(readFileSync(installed, 'utf8'));
    assert.equal(manifest.main, undefined);
    assert.equal(manifest.browser, './dist/client.js');
  });

  it('opens a sample: the status bar shows its length, so the client and the server in its worker are up', async () => {
    await openFile(page, 'demo.speech');
    await page.locator('.statusbar-item', { hasText: /^[\d,]+ characters · about / }).waitFor({ timeout: 60_000 });
    assert.ok(workers.some((url) => url.startsWith('blob:')), `workers: ${workers.join(', ')}`);
  });

  it('shows the outline of the sample', async () => {
    await openFile(page, 'demo.speech');
    const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'speeches' });
    if (await folders.count() > 0) await folders.click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    const outline = await waitUntil(
      () => rows.evaluateAll((elements) => elements.map((e) => `${e.getAttribute('aria-level')} ${e.querySelector('.label-name')?.textContent ?? ''}`)),
      (seen) => seen.some((row) => row.startsWith('2 （四）')),
      'the outline of demo.speech',
    );
    assert.deepEqual(outline.slice(0, 5), [
      '1 在全县安全生产工作会议上的讲话',
      '1 一、提高认识，切实增强做好安全生产工作的责任感',
      '1 二、突出重点，扎实开展安全隐患排查整治',
      '2 （一）抓好道路交通安全',
      '2 (二)抓好建筑施工安全',
    ]);
  });

  it('shows the skipped ordinal in the Problems panel and renumbers it from the light bulb', async () => {
    const editor = await openFile(page, 'demo.speech');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Numbering skips: the previous item is “二”, so this should be “三”; found “四”' });
    await problem.waitFor({ timeout: 30_000 });
    await goTo(page, 10, 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Renumber the rest of the list from this item' });
    await fix.waitFor({ timeout: 20_000 });
    await fix.click();
    await waitUntil(() => visibleText(editor), (text) => text.includes('（三）抓好消防安全') && text.includes('（四）抓好危化品安全'), 'the renumbered headings');
    await problem.waitFor({ state: 'detached', timeout: 20_000 });
  });
});
