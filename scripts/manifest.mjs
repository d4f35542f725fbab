// Writes the manifest's `speech.diagnostics.severity` setting, and its descriptions in
// package.nls.json and package.nls.zh-cn.json, from the table of checks (server/src/checks.ts):
// `npm run manifest`. The manifest test fails when the committed files differ from the table, so a
// new check, or a changed default, is one row of the table and one run of this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHECKS, DIAGNOSTIC_CODES, SEVERITIES } from '../server/src/checks.ts';

const SETTING = 'speech.diagnostics.severity';
const descriptionKey = (code) => `configuration.diagnostics.severity.${code}`;

/** The schema of `speech.diagnostics.severity`: one property a check, its default from the table. */
export function severitySchema() {
  const properties = Object.fromEntries(DIAGNOSTIC_CODES.map((code) => [code, {
    type: 'string',
    enum: [...SEVERITIES],
    enumDescriptions: SEVERITIES.map((severity) => `%severity.${severity}%`),
    default: CHECKS[code].severity,
    description: `%${descriptionKey(code)}%`,
  }]));
  return {
    type: 'object',
    scope: 'resource',
    markdownDescription: '%configuration.diagnostics.severity%',
    default: Object.fromEntries(DIAGNOSTIC_CODES.map((code) => [code, CHECKS[code].severity])),
    properties,
    additionalProperties: false,
  };
}

/** A translation file with every check's description from the table, and no description of a check that is gone. */
export function withDescriptions(nls, language) {
  // Existing keys keep their place, so that a change to the table changes only its own lines.
  const wanted = new Map(DIAGNOSTIC_CODES.map((code) => [descriptionKey(code), CHECKS[code].description[language]]));
  const result = {};
  for (const [key, value] of Object.entries(nls)) {
    if (wanted.has(key)) result[key] = wanted.get(key);
    else if (!key.startsWith(descriptionKey(''))) result[key] = value;
  }
  for (const [key, value] of wanted) result[key] ??= value;
  return result;
}

/** The three files as they should read: path → text. */
export function generatedFiles(root = new URL('..', import.meta.url)) {
  const read = (name) => JSON.parse(readFileSync(new URL(name, root), 'utf8'));
  const manifest = read('package.json');
  manifest.contributes.configuration.properties[SETTING] = severitySchema();
  const text = (json) => JSON.stringify(json, null, 2) + '\n';
  return {
    'package.json': text(manifest),
    'package.nls.json': text(withDescriptions(read('package.nls.json'), 'en')),
    'package.nls.zh-cn.json': text(withDescriptions(read('package.nls.zh-cn.json'), 'zh')),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('..', import.meta.url);
  const check = process.argv.includes('--check');
  for (const [name, text] of Object.entries(generatedFiles(root))) {
    const path = new URL(name, root);
    if (readFileSync(path, 'utf8') === text) continue;
    if (check) {
      console.error(`${name} is out of date with server/src/checks.ts: run npm run manifest`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, text);
    }
  }
}
