/**
 * The grammar and the parser read every line alike: on every line of the samples, the fixtures and
 * the grammar cases, a line the parser reads as a heading of some kind (by its own wording) is
 * coloured as a heading of that rank, a division as a division, a title's wording as a title, a
 * salutation as a salutation — and no other line is. What only the whole document decides (a
 * decimal `1　总则` among decimal headings, a short line standing apart, a title by its position) is
 * the parser's alone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type StackElement } from 'vscode-textmate';
import { scanLine, type LineFacts } from '../../server/src/speech/line';
import { isSalutation, readsAsTitle } from '../../server/src/speech/parts';
import { ADDRESS_TERMS } from '../../server/src/speech/words';

const root = join(__dirname, '..', '..');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => JSON.parse(readFileSync(join(root, 'syntaxes', 'speech.tmLanguage.json'), 'utf8')),
  });
  return (await registry.loadGrammar('source.speech'))!;
}

/** The heading scope a line's ordinal should have, by the parser's reading of the line alone. */
function expectedHeading(facts: LineFacts): string | undefined {
  const ordinal = facts.heading;
  if (ordinal) {
    if (ordinal.kind === 'decimal') return ordinal.depth > 1 ? 'decimal' : undefined;
    if (ordinal.level !== undefined) return String(ordinal.level);
    return ordinal.kind;
  }
  if (facts.unnumbered === 'division') return 'division';
  if (facts.unnumbered === 'markdown') return 'markdown';
  return undefined;
}

/** The heading scope the grammar gives the line, if any. */
function colouredHeading(scopes: string[][]): string | undefined {
  for (const list of scopes) {
    for (const scope of list) {
      const match = /^markup\.heading\.(\w+)\.speech$/.exec(scope);
      if (match && match[1] !== 'title') return match[1];
    }
  }
  return undefined;
}

function lines(): { where: string; text: string }[] {
  const files = [
    ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.speech')).map((f) => join('samples', f)),
    ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.speech')).map((f) => join('test', 'fixtures', f)),
    ...readdirSync(join(root, 'test', 'grammar', 'cases')).map((f) => join('test', 'grammar', 'cases', f)),
  ];
  return files.flatMap((file) => readFileSync(join(root, file), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
    .map((text, i) => ({ where: `${file}:${i}`, text }))
    .filter(({ text }) => !text.startsWith('//')));
}

describe('grammar and parser', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadGrammar(); });

  it('read every line of the samples, fixtures and cases alike', () => {
    const all = lines();
    assert.ok(all.length > 200, `only ${all.length} lines`);
    const disagreements: string[] = [];
    let stack: StackElement = INITIAL;
    for (const { where, text } of all) {
      const { tokens, ruleStack } = grammar.tokenizeLine(text, stack);
      stack = ruleStack;
      const facts = scanLine(text);
      const scopes = tokens.map((t) => t.scopes);
      const flat = new Set(scopes.flat());
      const heading = expectedHeading(facts);
      if (colouredHeading(scopes) !== heading) disagreements.push(`${where} heading: parser ${heading}, grammar ${colouredHeading(scopes)}: ${text}`);
      const content = text.slice(facts.contentStart, facts.contentEnd);
      const title = !facts.heading && facts.unnumbered !== 'division' && facts.unnumbered !== 'markdown' && readsAsTitle(content);
      if (title !== flat.has('markup.heading.title.speech')) disagreements.push(`${where} title: parser ${title}: ${text}`);
      const salutation = isSalutation(text, facts) && content.length <= 20 && ADDRESS_TERMS.some((t) => content.includes(t));
      if (salutation !== flat.has('entity.name.tag.salutation.speech')) disagreements.push(`${where} salutation: parser ${salutation}: ${text}`);
    }
    assert.deepEqual(disagreements, []);
  });
});
