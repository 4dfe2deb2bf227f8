import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArchiveCache } from './archive-cache.js';
import { codeActionsFor, FIX_ALL_KIND } from './code-actions.js';
import { ConfigCache, isConfigFile } from './config-cache.js';
import { ConfigProblemBoard, type Publish } from './config-problem-board.js';
import { createServerConnection } from './create-connection.js';
import { DocumentLinter, filePathOf } from './document-linter.js';
import { fixAllEdits } from './fix-all.js';
import { hoverAt } from './hover.js';

/** Settings a client may pass as `initializationOptions`. */
export interface ServerSettings {
  /** Quiet time after a keystroke before re-linting, in ms (default 150). */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 150;
const CONFIG_GLOBS = ['**/.textlintrc.json', '**/.textlintrc'];

/** Runs the newslint language server on `connection` (by default the one named on the command line, else stdio). */
export function startServer(connection: Connection = createServerConnection()): void {
  const documents = new TextDocuments(TextDocument);
  let linter: DocumentLinter | undefined;
  let watchDynamically = false;

  connection.onInitialize((params): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    // Sending fails only once the editor has gone away; there is no one left to tell.
    const publish: Publish = (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }).catch(() => undefined);
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    linter = new DocumentLinter({
      documents,
      configs: new ConfigCache(root?.startsWith('file:') ? fileURLToPath(root) : process.cwd()),
      archives: new ArchiveCache(),
      problems: new ConfigProblemBoard(publish),
      publish,
      log: (message) => connection.console.error(message),
      debounceMs: typeof settings.debounceMs === 'number' && settings.debounceMs >= 0 ? settings.debounceMs : DEFAULT_DEBOUNCE_MS,
    });
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'newslint' },
    };
  });

  connection.onInitialized(() => {
    if (!watchDynamically) return;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })) })
      .catch((error: unknown) => connection.console.warn(`newslint: could not watch config files (${String(error)}); saving them in the editor still refreshes`));
  });

  documents.onDidChangeContent(({ document }) => linter?.schedule(document));
  documents.onDidClose(({ document }) => {
    linter?.forget(document.uri);
    // A config problem shown on this file must now show on the documents it governs.
    if (isConfigFile(filePathOf(document.uri))) linter?.refreshAll();
  });
  documents.onDidOpen(({ document }) => {
    if (isConfigFile(filePathOf(document.uri))) linter?.refreshAll();
  });
  // Editors that do not watch files still tell us when a config file they hold is saved.
  documents.onDidSave(({ document }) => {
    if (isConfigFile(filePathOf(document.uri))) linter?.refreshAll();
  });
  connection.onDidChangeWatchedFiles(() => linter?.refreshAll());

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const linted = document && (await linter?.current(document));
    if (!linted) return [];
    // The actions must fit the text that was linted, even if an edit arrived meanwhile.
    const snapshot = TextDocument.create(linted.uri, document.languageId, linted.version, linted.text);
    return codeActionsFor(linted, snapshot, params, () => fixAllEdits(linted, snapshot));
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const linted = document && (await linter?.current(document));
    return linted ? hoverAt(linted, params.position) : undefined;
  });

  documents.listen(connection);
  connection.listen();
}
