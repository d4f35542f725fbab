// What `npm start` prepares before it starts VS Code: the working folder of sample speeches, kept
// from one start to the next (an author's own speeches and changes in it are never overwritten),
// and the user settings of a quiet start in Chinese.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Copies into `to` each sample of `from` that `to` does not have; returns the names copied. */
export function copyMissingSamples(from, to) {
  mkdirSync(to, { recursive: true });
  const copied = [];
  for (const name of readdirSync(from).sort()) {
    if (existsSync(join(to, name))) continue;
    copyFileSync(join(from, name), join(to, name));
    copied.push(name);
  }
  return copied;
}

/** The user settings of a quiet start: no start page, chat, git prompt for a parent folder; messages in Chinese. */
export const START_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'speech.locale': 'zh-cn',
};

/** Writes START_SETTINGS into `file`, keeping every setting the author has changed there. */
export function writeStartSettings(file) {
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify({ ...START_SETTINGS, ...kept }, null, 2) + '\n');
}

/**
 * The address `npm start` prints: the web VS Code on the working folder with `file` open in an
 * editor (the workbench's `payload` parameter, whose `openFile` names a file of the remote host;
 * its path is written as a URI's, so spaces, `#` and Chinese names survive).
 */
export function startAddress(port, folder, file) {
  const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${pathToFileURL(file).pathname}`]]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
}
