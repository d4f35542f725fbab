/**
 * `speech-check --export-docx`: the Word document of each speech, written beside it
 * (`讲话.speech` → `讲话.docx`). The command line only reads and writes files; the document is made by
 * the export feature, which the server's `speech/exportDocx` request calls too, in the layout the
 * folder's `speech.export.*` settings choose.
 */
import { exportDocxBytes } from '../features/docx/export';
import { resolveProfile } from '../features/docx/profiles';
import type { Settings } from '../settings';
import { SpeechDocument } from '../speechDocument';

/** The Word document of a speech's text, in the layout its settings choose. */
export function exportWord(uri: string, text: string, settings: Settings): Uint8Array {
  return exportDocxBytes(new SpeechDocument(uri, 0, text).speech, resolveProfile(settings.export));
}

/** Where a speech's Word document goes: beside it, `.speech` or `.speech.txt` replaced by `.docx`. */
export function docxPath(path: string): string {
  const extension = /\.speech(\.txt)?$/i.exec(path);
  return (extension ? path.slice(0, extension.index) : path.replace(/\.[^./\\]*$/, '')) + '.docx';
}
