/**
 * The bytes of a .docx package: a zip of XML parts (fflate, which runs in Node and in a browser),
 * and base64 without Node's Buffer, so that every host exchanges the same text.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold are left out. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function zipParts(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  return zipSync(files, { level: 6, mtime: new Date(2020, 0, 1) });
}

/** The parts of a zip whose path `wanted` accepts, as text; throws on bytes that are not a zip. */
export function unzipParts(bytes: Uint8Array, wanted: (path: string) => boolean): Map<string, string> {
  const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The bytes of base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
