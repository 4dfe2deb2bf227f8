import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts `newslint --lsp` (or the configured command) for plain text, Markdown and HTML files. */
export async function activate(context: ExtensionContext): Promise<void> {
  const [command, ...args] = workspace.getConfiguration('newslint').get<string[]>('command') ?? ['newslint', '--lsp'];
  // No `transport`: the client then speaks over stdio without adding `--stdio` to the arguments.
  const server: ServerOptions = { command, args, options: { shell: process.platform === 'win32' } };
  const options: LanguageClientOptions = {
    documentSelector: [
      { language: 'plaintext' },
      { language: 'markdown' },
      { language: 'html' },
      // Config files are not linted; the server only needs to know they are open, to show config problems there.
      { pattern: '**/.textlintrc{,.json}' },
    ],
  };
  client = new LanguageClient('newslint', 'newslint', server, options);
  context.subscriptions.push(client);
  await client.start();
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
