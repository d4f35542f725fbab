/**
 * What the client and the server say to each other beyond the LSP: every custom request, code
 * action kind and command id, in one module both import (the client's bundle includes it). No
 * runtime dependency: the client's and the server's protocol libraries are different copies, so each
 * side makes its `RequestType` from its own, typed by what is declared here.
 */
import type { SectionFigures } from './speech/figures';

export type { SectionFigures };

/** The figures of a document: its length and speaking time, and those of a selection and of each section. */
export interface SpeechStatistics {
  characters: number;
  minutes: number;
  /** Characters a minute the minutes were computed with. */
  rate: number;
  /** The selected text's figures, when the request named selections. */
  selection?: { characters: number; minutes: number };
  /** Every section's figures, when asked for (the status bar needs only the totals). */
  sections?: SectionFigures[];
}

/** `speech/statistics`: the figures of a document and, optionally, of selections in it and of its sections. */
export namespace StatisticsRequest {
  export const method = 'speech/statistics';
  export interface Params {
    textDocument: { uri: string };
    selections?: { start: { line: number; character: number }; end: { line: number; character: number } }[];
    /** Whether to list every section's figures. */
    sections?: boolean;
  }
  /** Null for a document the server does not have open. */
  export type Result = SpeechStatistics | null;
}

/** `speech/exportDocx`: an open speech as a Word document laid out by a profile (`gbt9704`, `reading`). */
export namespace ExportDocxRequest {
  export const method = 'speech/exportDocx';
  export interface Params {
    textDocument: { uri: string };
    /** The layout; the setting `speech.export.profile` when left out. */
    profile?: string;
  }
  /** The .docx bytes as base64; null for a document the server does not have open. */
  export type Result = { data: string } | null;
}

/** `speech/importDocx`: a Word document (.docx bytes as base64) as a speech's text; warnings name what was left out. */
export namespace ImportDocxRequest {
  export const method = 'speech/importDocx';
  export interface Params {
    data: string;
  }
  export interface Result {
    text: string;
    warnings: string[];
  }
}

/**
 * The Node.js options the server process runs with, in VS Code and in the benchmark alike. Young-
 * generation semi-spaces of at most 2 MB (by default they grow to 16 MB each): reading a long speech
 * allocates a great deal that dies at once, and large semi-spaces keep that memory resident long after (at a million
 * characters about 12 MB of the server's resident memory, for no measurable time on a keystroke).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];

/** What the client tells the server when it starts it. */
export interface SpeechInitializationOptions {
  /** The messages' language (`speech.locale`, or the display language): `zh-cn`, `en`… */
  locale?: string;
}

/** `source.fixAll.speech`: every numbering fix and every certain text fix. */
export const FIX_ALL_KIND = 'source.fixAll.speech';
/** `source.renumber.speech`: renumbering alone, for the command 讲话稿：重新编号. */
export const RENUMBER_KIND = 'source.renumber.speech';

/** The client's commands; `applyVersionedEdit` carries every fix the server computes (client/src/versionedEdits.ts). */
export const COMMANDS = {
  renumberAll: 'speech.renumberAll',
  showStatistics: 'speech.showStatistics',
  nextPlaceholder: 'speech.nextPlaceholder',
  applyVersionedEdit: 'speech.applyVersionedEdit',
  exportDocx: 'speech.exportDocx',
  importDocx: 'speech.importDocx',
  /** VS Code's own: a changed `speech.locale` applies after it. */
  reloadWindow: 'workbench.action.reloadWindow',
} as const;

/** A move of the outline view: the section (or paragraph list item) before or after its sibling, promoted, demoted. */
export type MoveKind = 'up' | 'down' | 'promote' | 'demote';

/** `refactor.move.speech` (上移本节, 下移本节, 上移本项, 下移本项) and `refactor.rewrite.speech` (升级, 降级). */
export const MOVE_KIND = 'refactor.move.speech';
export const LEVEL_KIND = 'refactor.rewrite.speech';

/** A heading or paragraph list item of the 提纲 view, with its figures and the moves it can make. */
export interface OutlineNode {
  name: string;
  line: number;
  kind: 'heading' | 'item';
  /** 1 for a document's top headings. */
  depth: number;
  characters: number;
  minutes: number;
  moves: MoveKind[];
  children: OutlineNode[];
}

/** `speech/outline`: the title and the headings tree of a speech, with lengths and speaking times. */
export namespace OutlineRequest {
  export const method = 'speech/outline';
  export interface Params {
    textDocument: { uri: string };
  }
  export type Result = { version: number; title?: string; titleLine?: number; characters: number; minutes: number; nodes: OutlineNode[] } | null;
}

/** A text edit as the wire carries it. */
export interface TextEditData {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/**
 * `speech/move`: the edit of a move (`move`), or of a section dropped onto a heading (`target`: after it
 * at its level, or as its last child), for the version named; null when the document is at another
 * version or the move cannot be made.
 */
export namespace MoveRequest {
  export const method = 'speech/move';
  export interface Params {
    textDocument: { uri: string; version: number };
    line: number;
    move?: MoveKind;
    target?: { line: number; as: 'after' | 'child' };
  }
  /** A `WorkspaceEdit` whose one document change names the version it was computed for; `line`: where the moved heading stands after it. */
  export type Result = { line: number; documentChanges: { textDocument: { uri: string; version: number }; edits: TextEditData[] }[] } | null;
}

/** The commands of restructuring: the four moves (Alt+Shift+↑/↓/←/→) and 复制提纲 / 导出提纲. */
export const RESTRUCTURE_COMMANDS = {
  moveUp: 'speech.moveUp', moveDown: 'speech.moveDown', promote: 'speech.promote', demote: 'speech.demote',
  copyOutline: 'speech.copyOutline', exportOutline: 'speech.exportOutline',
} as const;
