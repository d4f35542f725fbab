/**
 * One speech model per open document version, shared by every feature and dropped on close.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSpeech } from './speech/parser';
import type { Speech } from './speech/speech';

export class SpeechCache {
  private readonly entries = new Map<string, { version: number; speech: Speech }>();

  /** The model of `document` at its current version, parsed at most once per version. */
  get(document: TextDocument): Speech {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.speech;
    const speech = parseSpeech(document.getText());
    this.entries.set(document.uri, { version: document.version, speech });
    return speech;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
