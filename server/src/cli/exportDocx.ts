/**
 * `speech-check --export-docx`: the Word document of each speech, written beside it
 * (`讲话.speech` → `讲话.docx`). The command line only reads and writes files; the document is made by
 * the export feature, which the server's `speech/exportDocx` request calls too. Until that feature is
 * part of the build, `exportWord` is undefined and the option says it is not available.
 */
import type { Settings } from '../settings';

/** Makes the Word document of a speech's text: the export feature's entry point, once it is built in. */
export type ExportWord = (uri: string, text: string, settings: Settings) => Uint8Array | Promise<Uint8Array>;

export const exportWord: ExportWord | undefined = undefined;

/** Where a speech's Word document goes: beside it, `.speech` or `.speech.txt` replaced by `.docx`. */
export function docxPath(path: string): string {
  const extension = /\.speech(\.txt)?$/i.exec(path);
  return (extension ? path.slice(0, extension.index) : path.replace(/\.[^./\\]*$/, '')) + '.docx';
}
