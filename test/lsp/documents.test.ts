/**
 * Whole documents of each shape official writing takes, read by the server process: a regulation of
 * chapters and articles, a decimal-numbered 预案 with a table of contents, a notice with an
 * attachment note and two attachments, a 国务院-style plan numbered on through its parts, and a
 * Markdown speech. Each is correct, so none gets a warning; each is outlined as a reader sees it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, DocumentSymbol } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const document = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'documents', name), 'utf8');

/** Each symbol as `name` indented by depth, File symbols marked: what the Outline view shows. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
  return (symbols ?? []).flatMap((s) => [`${'  '.repeat(depth)}${s.kind === 1 ? '▣ ' : ''}${s.name}`, ...outline(s.children, depth + 1)]);
}

describe('real document shapes over stdio', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ locale: 'zh-cn', capabilities: PULL_CLIENT }); });
  after(async () => { await server.stop(); });

  async function read(name: string): Promise<{ symbols: DocumentSymbol[]; diagnostics: Diagnostic[]; uri: string }> {
    const uri = `file:///${name}`;
    await server.open(uri, document(name));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const report = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return { symbols, diagnostics: (report as { items: Diagnostic[] }).items, uri };
  }

  it('nests a regulation chapter → article → （一）, articles numbered on through the chapters, with no warning', async () => {
    const { symbols, diagnostics } = await read('regulation.speech');
    assert.deepEqual(diagnostics, []);
    const lines = outline(symbols);
    assert.equal(lines[0], '▣ 某市城市绿化管理办法');
    assert.deepEqual(lines.filter((l) => l.startsWith('  第')).map((l) => l.trim().slice(0, 3)), ['第一章', '第二章', '第三章', '第四章']);
    assert.ok(lines.includes('    第三条　城市绿化工作坚持以下原则'), lines.join('\n'));
    assert.ok(lines.includes('      （一）统筹规划、合理布局；'), lines.join('\n'));
    assert.ok(lines.includes('    第九条　本办法自2024年5月1日起施行'), lines.join('\n'));
  });

  it('ranks decimal headings by depth, skips the table of contents, and hangs （1） under its clause', async () => {
    const { symbols, diagnostics } = await read('emergency-plan.speech');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(outline(symbols).slice(0, 9), [
      '▣ 某县粮油供应应急预案', '目　　录', '1　总则', '  1.1　编制目的', '  1.2　工作原则', '    （1）统一领导、分级负责', '    （2）预防为主、快速反应',
      '  1.3 适用范围', '2　组织机构和职责',
    ]);
    assert.ok(outline(symbols).includes('      （1）掌握粮油市场形势，提出启动或终止应急措施的建议；'), outline(symbols).join('\n'));
  });

  it('reads a notice, its attachment note as a list, and each attachment as a document of its own', async () => {
    const { symbols, diagnostics } = await read('notice-attachment.speech');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(symbols.map((s) => [s.kind, s.name]), [
      [1, '关于开展校园安全专项检查的通知'], [1, '附件1 校园安全专项检查工作方案'], [1, '附件2 校园安全隐患排查清单'],
    ]);
    assert.deepEqual(symbols[1].children!.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、']);
    assert.ok(!outline(symbols).some((l) => l.includes('2.校园安全隐患排查清单')), 'the note’s items are no headings');
  });

  it('reads a plan numbered on through its parts with no warning, and fix-all changes nothing', async () => {
    const { symbols, diagnostics, uri } = await read('runon-plan.speech');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(symbols.map((s) => s.name), ['某市人民政府关于印发某市数字经济发展行动方案的通知', '某市数字经济发展行动方案']);
    assert.deepEqual(symbols[1].children![1].children!.map((s) => s.name.slice(0, 3)), ['（三）', '（四）', '（五）']);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions, []);
  });

  it('reads a Markdown speech without its marks: the # title, ## and ### by their count, ** around a heading', async () => {
    const { symbols, diagnostics } = await read('markdown.speech');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(outline(symbols), [
      '▣ 在全区乡村振兴工作会议上的讲话', '一、充分肯定成绩', '  （一）产业发展势头良好', '  （二）人居环境明显改善', '二、抓好重点任务', '  抓产业', '  抓治理', '结语',
    ]);
  });
});
