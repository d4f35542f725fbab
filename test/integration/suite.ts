/**
 * The integration suite: runs inside VS Code's extension host and drives the extension through the
 * `vscode` API, as other extensions and VS Code's own features see it. Started by `run.mjs` with
 * `@vscode/test-electron` (VS Code desktop, where it can be downloaded). It writes its results to
 * `test-results/integration.json` as well as to the console.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const DEMO = ['在大会上的讲话', '同志们：', '一、甲', '（一）子', '（三）丑', '二、乙', '领域,紧盯'].join('\n');

async function openSpeech(text: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'speech', content: text });
  await vscode.window.showTextDocument(document);
  return document;
}

async function eventually<T>(probe: () => T | Thenable<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The preferred quick fix at `range`: the edit travels in a command that checks the version. */
async function preferredFix(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix?.command && !fix.edit, JSON.stringify(actions.map((a) => a.title)));
  return fix;
}

const TESTS: [string, () => Promise<void>][] = [
  ['the outline nests headings by level', async () => {
    const document = await openSpeech(DEMO);
    const symbols = await eventually(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => Array.isArray(s) && s.length > 0, 'document symbols');
    assert.deepEqual(symbols.map((s) => s.name), ['在大会上的讲话', '一、甲', '二、乙']);
    assert.deepEqual(symbols[1].children.map((s) => s.name), ['（一）子', '（三）丑']);
  }],
  ['diagnostics report the skip and the half-width comma', async () => {
    const document = await openSpeech(DEMO);
    const diagnostics = await eventually(() => vscode.languages.getDiagnostics(document.uri), (d) => d.length >= 2, 'diagnostics');
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, typeof d.code === 'object' ? d.code.value : d.code]), [[4, 'numbering.skip'], [6, 'text.halfwidthPunctuation']]);
  }],
  ['the quick fix renumbers the skipped item', async () => {
    const document = await openSpeech(DEMO);
    const [skip] = await eventually(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line === 4), (d) => d.length === 1, 'the skip');
    const renumber = await preferredFix(document, skip.range);
    assert.equal(await vscode.commands.executeCommand(renumber.command!.command, ...renumber.command!.arguments!), true);
    assert.equal(document.lineAt(4).text, '（二）丑');
  }],
  ['a fix computed before the text changed is refused, not applied', async () => {
    const document = await openSpeech(DEMO);
    const [skip] = await eventually(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line === 4), (d) => d.length === 1, 'the skip');
    const renumber = await preferredFix(document, skip.range);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(2, 0), '新增一行\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const before = document.getText();
    assert.equal(await vscode.commands.executeCommand(renumber.command!.command, ...renumber.command!.arguments!), false);
    assert.equal(document.getText(), before, 'nothing changed');
  }],
  ['completion offers the next ordinal on a new line', async () => {
    const document = await openSpeech(`${DEMO}\n`);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(7, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('三、'), labels.join(' '));
  }],
];

/** Entry point called by VS Code's test runner. */
export async function run(): Promise<void> {
  const results: { name: string; error?: string }[] = [];
  for (const [name, test] of TESTS) {
    try {
      await test();
      results.push({ name });
      console.log(`✔ ${name}`);
    } catch (error) {
      results.push({ name, error: error instanceof Error ? error.stack ?? error.message : String(error) });
      console.error(`✖ ${name}\n${String(error)}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
  const folder = vscode.Uri.joinPath(vscode.extensions.getExtension('speech-tools.speech-writer')!.extensionUri, 'test-results');
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'integration.json'), new TextEncoder().encode(JSON.stringify(results, null, 2)));
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) throw new Error(`${failed.length} of ${results.length} integration tests failed`);
}
