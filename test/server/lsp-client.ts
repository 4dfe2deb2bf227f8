import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type CodeAction,
  type Hover,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Range,
  type RegistrationParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SERVER = join(import.meta.dirname, '../../dist/src/server/bin.js');
/** How `newslint --lsp` starts the same server through the command line. */
export const CLI_LSP = [join(import.meta.dirname, '../../dist/src/cli/bin.js'), '--lsp'];

/** What the test client tells the server it can do, as a capable editor (VS Code) would. */
const CAPABILITIES: ClientCapabilities = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: false } },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    synchronization: { didSave: true },
  },
};

/** A real LSP client for tests: spawns the built server and talks JSON-RPC to it over stdio. */
export class TestClient {
  /** Every diagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: RegistrationParams[] = [];
  initializeResult!: InitializeResult;
  private readonly texts = new Map<string, TextDocument>();
  private readonly waiters: Array<() => void> = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly server: ChildProcess,
  ) {}

  /** Starts the server with `rootFolder` as the workspace and runs the initialize handshake. */
  static async start(rootFolder: string, options: { debounceMs?: number; capabilities?: ClientCapabilities; command?: string[] } = {}): Promise<TestClient> {
    const command = options.command ?? [SERVER, '--stdio'];
    if (!existsSync(command[0])) throw new Error(`${command[0]} is missing: build first with \`npx tsc -p tsconfig.json\``);
    const server = spawn(process.execPath, command, { cwd: rootFolder, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client = new TestClient(connection, server);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.published.push(params);
      client.waiters.splice(0).forEach((wake) => wake());
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(params);
    });
    connection.listen();
    let stderr = '';
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A server that dies while starting should fail the test at once, saying why.
    const died = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`the server exited (${code}) while starting:\n${stderr}`))));
    died.catch(() => undefined);
    const initialize = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathUri(rootFolder),
      workspaceFolders: [{ uri: pathUri(rootFolder), name: 'desk' }],
      capabilities: options.capabilities ?? CAPABILITIES,
      ...(options.debounceMs === undefined ? {} : { initializationOptions: { debounceMs: options.debounceMs } }),
    });
    client.initializeResult = await Promise.race([initialize, died]);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document in the server. */
  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces a document's whole text and returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const current = this.document(uri);
    const next = TextDocument.create(uri, current.languageId, current.version + 1, text);
    this.texts.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    return next.version;
  }

  /** Sends one incremental edit (a range and its new text) and returns the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const current = this.document(uri);
    const next = TextDocument.create(uri, current.languageId, current.version + 1, TextDocument.applyEdits(current, [{ range, newText: text }]));
    this.texts.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: [{ range, text }] });
    return next.version;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The client's copy of an open document. */
  document(uri: string): TextDocument {
    const document = this.texts.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** Tells the server a file changed on disk, as an editor's file watcher would. */
  async fileChanged(uri: string, type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  /** Waits for the first diagnostics for `uri` after `since` (an index into `published`) that satisfy `accept`. */
  async diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, since = 0, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(since).find((params) => params.uri === uri && accept(params));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published.filter((params) => params.uri === uri).slice(-3))}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** Waits for the diagnostics of the document's current version. */
  current(uri: string): Promise<PublishDiagnosticsParams> {
    const { version } = this.document(uri);
    return this.diagnostics(uri, (params) => params.version === version);
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  }

  hover(uri: string, position: Range['start']): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Applies a workspace edit's changes for `uri` to the client's copy and tells the server, as an editor does. */
  async apply(uri: string, edit: WorkspaceEdit | undefined): Promise<string> {
    const edits = edit?.changes?.[uri];
    if (!edits) throw new Error(`the edit has no changes for ${uri}: ${JSON.stringify(edit)}`);
    const text = TextDocument.applyEdits(this.document(uri), edits);
    await this.change(uri, text);
    return text;
  }

  /** Shuts the server down politely and resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.server.once('exit', (code) => done(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** Stops the server whatever state it is in (after a failed test). */
  kill(): void {
    this.connection.dispose();
    if (this.server.exitCode === null) this.server.kill();
  }
}

/** A `file:` URI for a path, spelled as editors spell it. */
export function pathUri(path: string): string {
  return pathToFileURL(path).href;
}
