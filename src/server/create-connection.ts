import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/**
 * The connection to the editor: the transport named on the command line (`--stdio`, `--node-ipc`,
 * `--socket=N`, `--pipe=NAME`), else stdio, which is what `newslint --lsp` means.
 */
export function createServerConnection(argv = process.argv): Connection {
  if (argv.some((arg) => TRANSPORT_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
    return createConnection(ProposedFeatures.all);
  }
  // stdout now carries the protocol: anything a plugin prints must go elsewhere or the editor drops the connection.
  for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
  return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}
