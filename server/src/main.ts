/**
 * The server's one bundle (`dist/server.js`): `node dist/server.js --stdio` for the Node client, and
 * the script of the browser client's worker. Each host's entry is loaded only where it runs, so that
 * the Node connection is never evaluated in a worker; the model, the features and the LSP glue are
 * the same lines for both.
 */

/** Whether this is a Node process rather than a browser's worker. */
function runsOnNode(): boolean {
  const host = globalThis as { process?: { versions?: { node?: unknown } } };
  return typeof host.process?.versions?.node === 'string';
}

/** A start-up failure is thrown where the host reports it (the process exits, the worker logs it), not left in a promise. */
function report(error: unknown): void {
  setTimeout(() => { throw error; });
}

if (runsOnNode()) import('./node/main').catch(report);
else import('./browser/main').catch(report);
