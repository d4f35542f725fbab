/**
 * The benchmark's kinds of edit, at the largest size: a character typed in a body paragraph, in a
 * heading's text, in a heading's ordinal (typed, then taken out again: `2.` → `12.` → `2.`), a
 * section pasted before a heading and deleted again, and a mix of all five in turn. Each is timed
 * to the outline and to the diagnostics after it, the median of `EDITS` edits.
 */
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientDocument } from './run';
import type { BenchDocument } from './content';

export type Kind = 'body' | 'heading' | 'ordinal' | 'paste' | 'delete' | 'mix';
const KINDS: Kind[] = ['body', 'heading', 'ordinal', 'paste', 'delete', 'mix'];

export type KindFigures = Record<Kind, { outline: number; diagnostics: number | null }>;

interface Bench {
  connection: MessageConnection;
  document: ClientDocument;
  uri: string;
  content: BenchDocument;
  peer: boolean;
  diagnostics: boolean;
}

interface Change { start: [number, number]; end: [number, number]; text: string }

/** Each kind's next change, as the editor sends it (columns of the Markdown shifted by its `#### `). */
function changes(bench: Bench): Record<Exclude<Kind, 'mix'>, () => Change> & { settle: () => Change[] } {
  const { middleLine, headingLine, section } = bench.content;
  const shift = bench.peer ? bench.content.markdownPrefix.length : 0;
  let ordinalTyped = false;
  let pasted = false;
  const at = (line: number, character: number): [number, number] => [line, character];
  const next = {
    body: () => ({ start: at(middleLine, 5), end: at(middleLine, 5), text: '甲' }),
    heading: () => ({ start: at(headingLine, shift + 5), end: at(headingLine, shift + 5), text: '甲' }),
    ordinal: () => {
      ordinalTyped = !ordinalTyped;
      return ordinalTyped ? { start: at(headingLine, shift), end: at(headingLine, shift), text: '1' }
        : { start: at(headingLine, shift), end: at(headingLine, shift + 1), text: '' };
    },
    paste: () => {
      pasted = true;
      return { start: at(headingLine, 0), end: at(headingLine, 0), text: bench.peer ? section.markdown : section.speech };
    },
    delete: () => {
      if (!pasted) throw new Error('a section is deleted only after it was pasted');
      pasted = false;
      return { start: at(headingLine, 0), end: at(headingLine + 2, 0), text: '' };
    },
    /** What takes the document back to how it began: the typed ordinal out, the pasted section deleted. */
    settle: () => [...(ordinalTyped ? [next.ordinal()] : []), ...(pasted ? [next.delete()] : [])],
  };
  return next;
}

async function send(bench: Bench, change: Change): Promise<void> {
  const { document, connection, uri } = bench;
  document.replace(change.start[0], change.start[1], change.end[0], change.end[1], change.text);
  const range = { start: { line: change.start[0], character: change.start[1] }, end: { line: change.end[0], character: change.end[1] } };
  const textDocument = { uri, version: document.version };
  await connection.sendNotification('textDocument/didChange', { textDocument, contentChanges: [{ range, text: change.text }] });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Times `EDITS` edits of each kind (after two not timed), to the outline and then to the
 * diagnostics. Pastes and deletes alternate, so the document ends as it began; so do ordinals.
 */
export async function measureKinds(bench: Bench, edits = Number(process.env.BENCH_EDITS ?? 21)): Promise<KindFigures> {
  const next = changes(bench);
  const textDocument = { uri: bench.uri };
  const requests = { outline: 'textDocument/documentSymbol', diagnostics: 'textDocument/diagnostic' } as const;
  type Times = { outline: number[]; diagnostics: number[] };
  const timed = Object.fromEntries(KINDS.map((k) => [k, { outline: [], diagnostics: [] }])) as Record<Kind, Times>;
  const rounds: Exclude<Kind, 'mix'>[][] = [['body'], ['heading'], ['ordinal'], ['paste', 'delete']];
  const mix: Exclude<Kind, 'mix'>[] = ['body', 'heading', 'ordinal', 'paste', 'delete'];
  for (const what of ['outline', 'diagnostics'] as const) {
    if (what === 'diagnostics' && !bench.diagnostics) continue;
    const edit = async (kind: Exclude<Kind, 'mix'>, into: number[], keep: boolean) => {
      const start = performance.now();
      await send(bench, next[kind]());
      await bench.connection.sendRequest(requests[what], { textDocument });
      if (keep) into.push(performance.now() - start);
    };
    for (const round of rounds) {
      for (let i = 0; i < edits + 2; i++) for (const kind of round) await edit(kind, timed[kind][what], i >= 2);
      for (const change of next.settle()) await send(bench, change);
    }
    for (let i = 0; i < edits + 2; i++) await edit(mix[i % mix.length], timed.mix[what], i >= 2);
    for (const change of next.settle()) await send(bench, change);
  }
  return Object.fromEntries(KINDS.map((k) => [k, {
    outline: median(timed[k].outline), diagnostics: bench.diagnostics ? median(timed[k].diagnostics) : null,
  }])) as KindFigures;
}

type Server = 'project' | 'peer' | 'floor';

/** The kinds' table: each server's times, and the ratios the project is held to. */
export function kindsTable(characters: number, figures: Record<Server, { kinds?: KindFigures; memoryAfterOpenMB: number }>, edits: number): string {
  const ms = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? 'n/a' : (a / b).toFixed(3));
  const rows = [
    `Each kind of edit at ${characters.toLocaleString('en-US')} characters, median of ${edits}: edit→outline ms and edit→diagnostics ms; the ratios compare the project with the peer's and the floor's outline after the same edit.`,
    '',
    '| edit | project outline | project diagnostics | peer outline | peer diagnostics | floor outline | outline project/peer | outline project/floor | diagnostics project / floor outline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const { project, peer, floor } = figures;
  for (const kind of KINDS) {
    const [p, m, f] = [project.kinds?.[kind], peer.kinds?.[kind], floor.kinds?.[kind]];
    rows.push(`| ${kind} | ${ms(p?.outline)} | ${ms(p?.diagnostics)} | ${ms(m?.outline)} | ${ms(m?.diagnostics)} | ${ms(f?.outline)} | ${ratio(p?.outline, m?.outline)} | ${ratio(p?.outline, f?.outline)} | ${ratio(p?.diagnostics, f?.outline)} |`);
  }
  rows.push('', `Memory right after open: project ${project.memoryAfterOpenMB.toFixed(0)} MB, peer ${peer.memoryAfterOpenMB.toFixed(0)} MB, floor ${floor.memoryAfterOpenMB.toFixed(0)} MB; project/peer ${ratio(project.memoryAfterOpenMB, peer.memoryAfterOpenMB)}.`);
  return rows.join('\n');
}
