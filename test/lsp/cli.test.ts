/**
 * `speech-check` (dist/cli.js) run as a process on folders written for each test, and compared with
 * the server (dist/server.js) on the same text: the same problems, the same fix-all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { importDocxBytes } from '../../server/src/features/docx/import';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SCHEMA = join(__dirname, '..', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json');

/** A skip (四 after 二), a form unlike the others, a half-width comma and a doubled full stop. */
const BROKEN = ['关于做好春季防火工作的讲话', '', '同志们：', '一、提高认识', '二、压实责任', '四、加强保障', '（一）人员到位', '(二)物资到位',
  '今年任务很重,大家要抓紧。。', ''].join('\n');
const CLEAN = ['在全体干部会议上的讲话', '', '同志们：', '一、统一思想', '二、狠抓落实', '谢谢大家。', ''].join('\n');

/** What the tests read of a SARIF log. */
interface SarifLog {
  runs: { results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: unknown }[] }[]; tool: { driver: { rules: { id: string }[] } } }[];
}

interface Run { status: number | null; stdout: string; stderr: string }

function run(args: string[], options: { cwd: string; lang?: string }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd, encoding: 'utf8', env: { ...process.env, LANG: options.lang ?? 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `files` (path → text or bytes) under a new folder and returns it. */
function folder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'speech-check-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('speech-check on folders of speeches', () => {
  let server: ServerProcess;
  const folders: string[] = [];
  const made = (files: Record<string, string | Uint8Array>) => { const f = folder(files); folders.push(f); return f; };
  before(async () => { server = await startServer({ locale: 'en', capabilities: PULL_CLIENT }); });
  after(async () => {
    await server.stop();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  async function serverDiagnostics(uri: string, text: string): Promise<Diagnostic[]> {
    await server.open(uri, text);
    const report = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return (report as { items: Diagnostic[] }).items;
  }

  it('prints file:line:col code message, grouped by file, with a summary, and exits 1', () => {
    const cwd = made({ 'talks/a.speech': BROKEN, 'talks/sub/b.speech.txt': BROKEN, 'talks/clean.speech': CLEAN, 'talks/notes.txt': BROKEN, 'talks/.old/c.speech': BROKEN });
    const result = run(['talks'], { cwd });
    assert.equal(result.status, 1, result.stderr);
    const groups = result.stdout.trimEnd().split('\n\n');
    assert.equal(groups.length, 3, result.stdout);
    assert.match(groups[0], /^talks\/a\.speech:6:1 numbering\.skip Numbering skips: the previous item is “二”, so this should be “三”; found “四”$/m);
    assert.match(groups[0], /^talks\/a\.speech:9:7 text\.halfwidthPunctuation /m);
    assert.ok(groups[1].split('\n').every((line) => line.startsWith('talks/sub/b.speech.txt:')), groups[1]);
    assert.match(groups[2], /^Files checked: 3\. Problems: \d+ in 2 of them \(0 errors, \d+ warnings, \d+ notes\)\.$/);
    assert.doesNotMatch(result.stdout, /notes\.txt|\.old/);
  });

  it('exits 0 for a clean folder, and for problems below --fail-level', () => {
    const cwd = made({ 'clean.speech': CLEAN, 'broken.speech': BROKEN });
    const clean = run(['clean.speech'], { cwd });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, 'Files checked: 1. No problems.\n');
    assert.equal(run(['broken.speech', '--fail-level', 'error'], { cwd }).status, 0);
    assert.equal(run(['broken.speech', '--fail-level=warning'], { cwd }).status, 1);
  });

  it('reports in JSON exactly what the server reports: code, severity, 0-based range, message', async () => {
    const cwd = made({ 'a.speech': BROKEN });
    const result = run(['--format', 'json', 'a.speech'], { cwd });
    assert.equal(result.status, 1, result.stderr);
    const problems = JSON.parse(result.stdout) as { file: string; code: string; severity: string; range: unknown; message: string }[];
    const expected = await serverDiagnostics(pathToFileURL(join(cwd, 'a.speech')).href, BROKEN);
    assert.ok(expected.length >= 4);
    assert.deepEqual(problems.map((p) => [p.file, p.code, p.range, p.message]), expected.map((d) => ['a.speech', d.code, d.range, d.message]));
    assert.deepEqual([...new Set(problems.map((p) => p.severity))].sort(), ['information', 'warning'].filter((s) => problems.some((p) => p.severity === s)));
    assert.equal(problems.find((p) => p.code === 'numbering.skip')?.severity, 'warning');
  });

  it('writes SARIF 2.1.0 that the schema accepts, a result for every problem', () => {
    const cwd = made({ 'talks/讲话 一.speech': BROKEN, 'talks/clean.speech': CLEAN });
    const result = run(['--format', 'sarif', 'talks'], { cwd });
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout) as SarifLog;
    // unicodeRegExp off: the schema's pattern for a language tag is not a valid Unicode regular expression.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const [sarifRun] = log.runs;
    const json = JSON.parse(run(['--format', 'json', 'talks'], { cwd }).stdout) as { code: string }[];
    assert.equal(sarifRun.results.length, json.length);
    const skip = sarifRun.results.find((r) => r.ruleId === 'numbering.skip')!;
    assert.equal(sarifRun.tool.driver.rules[skip.ruleIndex].id, 'numbering.skip');
    assert.deepEqual(skip.locations[0].physicalLocation, {
      artifactLocation: { uri: 'talks/%E8%AE%B2%E8%AF%9D%20%E4%B8%80.speech', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 3 },
    });
    // Not valid SARIF: the validator is really checking.
    assert.equal(validate({ ...log, runs: [{ ...sarifRun, results: [{ ...skip, level: 'severe' }] }] }), false);
  });

  it('fixes in place exactly as the server’s fix-all does, keeps the byte-order mark, and a second run changes nothing', async () => {
    const cwd = made({ 'a.speech': '\uFEFF' + BROKEN });
    const uri = pathToFileURL(join(cwd, 'a.speech')).href;
    await server.open(uri, BROKEN);
    const [action] = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.speech'] },
    });
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const serverFixed = TextDocument.applyEdits(TextDocument.create(uri, 'speech', 1, BROKEN), edits);
    assert.notEqual(serverFixed, BROKEN);
    const result = run(['--fix', 'a.speech'], { cwd });
    assert.match(result.stdout, new RegExp(`^a\\.speech: ${edits.length} fixes applied$`, 'm'));
    assert.equal(readFileSync(join(cwd, 'a.speech'), 'utf8'), '\uFEFF' + serverFixed);
    assert.doesNotMatch(result.stdout, /numbering\.skip|halfwidthPunctuation/);
    const again = run(['--fix', 'a.speech'], { cwd });
    assert.doesNotMatch(again.stdout, /fixes applied/);
    assert.equal(readFileSync(join(cwd, 'a.speech'), 'utf8'), '\uFEFF' + serverFixed);
  });

  it('names a file it cannot read, checks the others, and exits 2', () => {
    const cwd = made({ 'a.speech': BROKEN, 'latin1.speech': new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x0a]) });
    symlinkSync(join(cwd, 'gone.speech'), join(cwd, 'dangling.speech'));
    const result = run(['.', 'missing.speech'], { cwd });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^missing\.speech: no such file or folder$/m);
    assert.match(result.stderr, /^dangling\.speech: no such file or folder$/m);
    assert.match(result.stderr, /^latin1\.speech: not UTF-8 text; it was not checked$/m);
    assert.match(result.stdout, /^a\.speech:6:1 numbering\.skip /m);
    assert.deepEqual(readFileSync(join(cwd, 'latin1.speech')), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]));
    assert.equal(run(['--fix', 'latin1.speech'], { cwd }).status, 2);
    assert.deepEqual(readFileSync(join(cwd, 'latin1.speech')), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]), 'never rewritten');
  });

  it('exits 2 on a usage error, saying what is wrong', () => {
    const cwd = made({ 'a.speech': CLEAN });
    for (const args of [[], ['--format', 'xml', 'a.speech'], ['--bogus', 'a.speech'], ['--fail-level'], ['--config', 'none.json', 'a.speech']]) {
      const result = run(args, { cwd });
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^speech-check: \S/, args.join(' '));
      assert.equal(result.stdout, '');
    }
    assert.match(run(['--help'], { cwd }).stdout, /^Usage: speech-check/);
  });

  it('reads the folder’s .vscode/settings.json (with comments), overridden by --config', () => {
    const settings = '{\n  // placeholders are fine in drafts\n  "speech.diagnostics.severity": { "text.halfwidthPunctuation": "off", },\n  "editor.fontSize": 14,\n}\n';
    const cwd = made({ 'talks/.vscode/settings.json': settings, 'talks/a.speech': BROKEN, 'config.json': '{ "speech.diagnostics.enable": false }' });
    const codes = (r: Run) => (JSON.parse(r.stdout) as { code: string }[]).map((p) => p.code);
    const fromFolder = run(['--format', 'json', 'talks'], { cwd });
    assert.equal(fromFolder.stderr, '');
    assert.ok(codes(fromFolder).includes('numbering.skip'));
    assert.ok(!codes(fromFolder).includes('text.halfwidthPunctuation'));
    assert.deepEqual(codes(run(['--format', 'json', '--config', 'config.json', 'talks'], { cwd })), []);
  });

  it('reports a malformed settings file or value once, and checks with the defaults', () => {
    const cwd = made({
      'bad/.vscode/settings.json': '{ "speech.speakingRate": 200, oops }', 'bad/a.speech': BROKEN, 'bad/b.speech': BROKEN,
      'value/.vscode/settings.json': '{ "speech.diagnostics.severity": { "numbering.skip": "loud" } }', 'value/a.speech': BROKEN, 'value/b.speech': BROKEN,
    });
    const bad = run(['bad'], { cwd });
    assert.equal(bad.status, 1);
    assert.deepEqual(bad.stderr.trim().split('\n'), ['bad/.vscode/settings.json: not valid JSON at 1:31 (InvalidSymbol); the defaults are used']);
    assert.match(bad.stdout, /numbering\.skip/);
    const value = run(['value'], { cwd });
    assert.deepEqual(value.stderr.trim().split('\n'), ['value/.vscode/settings.json: speech.diagnostics.severity.numbering.skip: expected one of error, warning, information, hint, off, got "loud"']);
    assert.equal(value.stdout.match(/numbering\.skip/g)?.length, 2, 'the default severity, in both files');
  });

  it('speaks Chinese by LANG or --locale, English otherwise', () => {
    const cwd = made({ 'a.speech': BROKEN });
    const chinese = run(['a.speech'], { cwd, lang: 'zh_CN.UTF-8' });
    assert.match(chinese.stdout, /^a\.speech:6:1 numbering\.skip 序号跳号：上一项为“二”，此处应为“三”，实为“四”$/m);
    assert.match(chinese.stdout, /共检查 1 个文件，其中 1 个文件有 \d+ 个问题/);
    assert.match(run(['a.speech', '--locale', 'zh-cn'], { cwd }).stdout, /序号跳号/);
    assert.match(run(['a.speech', '--locale', 'en'], { cwd, lang: 'zh_CN.UTF-8' }).stdout, /Numbering skips/);
    assert.match(run(['--format', 'xml', 'a.speech'], { cwd, lang: 'zh_CN.UTF-8' }).stderr, /--format 应为 text, json, sarif 之一/);
  });

  it('prints the 提纲: the title and the headings, indented by level, ordinals as written', () => {
    const cwd = made({ 'a.speech': BROKEN });
    const result = run(['--outline', 'a.speech'], { cwd });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, ['a.speech', '  关于做好春季防火工作的讲话', '  一、提高认识', '  二、压实责任', '  四、加强保障', '    （一）人员到位', '    (二)物资到位', '', ''].join('\n'));
  });

  it('writes the Word document of each speech beside it, which reads back as the speech', () => {
    const cwd = made({ 'a.speech': CLEAN });
    const result = run(['--export-docx', 'a.speech'], { cwd });
    assert.equal(result.status, 0, result.stderr);
    const imported = importDocxBytes(new Uint8Array(readFileSync(join(cwd, 'a.docx'))));
    assert.equal(imported.text.replace(/\n+$/, ''), CLEAN.replace(/\n+$/, ''));
    assert.deepEqual(imported.warnings, ['The footers were left out.'], 'the page numbers are the only thing a speech does not have');
  });
});
