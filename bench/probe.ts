import { buildDocument } from './content';
import { SpeechDocument } from '../server/src/speechDocument';
import { documentSymbols } from '../server/src/features/symbols';
const c = buildDocument(1_000_000);
const d = new SpeechDocument('u', 1, c.speech);
documentSymbols(d.speech);
const t = { update: 0, model: 0, symbols: 0, json: 0, parse: 0 };
const N = 50;
for (let v = 2; v < 2 + N; v++) {
  let a = performance.now();
  d.update([{ range: { start: { line: c.middleLine, character: 5 }, end: { line: c.middleLine, character: 5 } }, text: '甲' }], v);
  let b = performance.now(); t.update += b - a; a = b;
  void d.speech; b = performance.now(); t.model += b - a; a = b;
  const s = documentSymbols(d.speech); b = performance.now(); t.symbols += b - a; a = b;
  const j = JSON.stringify(s); b = performance.now(); t.json += b - a; a = b;
  JSON.parse(j); b = performance.now(); t.parse += b - a;
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, (v / N).toFixed(2)])));
