/** The extension in VS Code desktop and on a remote: the server is `node dist/server.js --stdio`. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_OPTIONS } from '../../../server/src/protocol';
import * as extension from '../extension';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return extension.activate(context, (id, name, clientOptions) => {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6011'] } },
    };
    return new LanguageClient(id, name, serverOptions, clientOptions);
  });
}

export const deactivate = extension.deactivate;
