/** The Node entry: `node dist/server.js --stdio` (or `--node-ipc` when started by the client). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
startServer(connection);
