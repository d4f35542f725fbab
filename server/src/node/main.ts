/** The Node entry: `node dist/server.js --stdio` (the client's way too), or `--node-ipc`. */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { formatError } from '../util/formatError';
import { encodeJson } from '../util/wireJson';

/** Over stdio, messages go out through `encodeJson`, so the outline's unchanged symbols are not encoded again. */
function stdioConnection(): Connection {
  const wireJson = { name: 'application/json', encode: (message: unknown) => Promise.resolve(encodeJson(message)) };
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: wireJson });
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
  // As the library's own stdio connection does: the editor closing the pipe ends the server, and
  // stdout carries only the protocol (anything a library prints goes to stderr).
  process.stdin.on('end', () => process.exit(1));
  console.log = console.info = console.debug = console.warn = console.error;
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(formatError('uncaught', error)));
startServer(connection);
