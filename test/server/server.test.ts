import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type CodeAction, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { lintWithBuiltEngine } from './built-engine.js';
import { createDeskWorkspace, deskConfig, type DeskWorkspace } from '../fix/desk-workspace.js';
import { CLI_LSP, pathUri, TestClient } from './lsp-client.js';

const RULES = deskConfig({
  spelling: { find: 'colour', replace: ['color'] },
  wordiness: { find: 'in order to', replace: ['to', 'so as to'], safe: false },
});

const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => diagnostic.code);
const titled = (actions: CodeAction[], title: string) => {
  const action = actions.find((candidate) => candidate.title === title);
  if (!action) throw new Error(`no action "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action;
};

describe('language server: diagnostics, code actions and hover', () => {
  let workspace: DeskWorkspace;
  let client: TestClient;

  beforeAll(async () => {
    workspace = createDeskWorkspace(RULES);
    client = await TestClient.start(workspace.folder);
  });
  afterAll(() => {
    client?.kill();
    workspace?.remove();
  });

  it('announces quick fixes, fix-all, hover and incremental sync, and asks to watch config files', async () => {
    const { capabilities } = client.initializeResult;
    // The registration request follows `initialized`, so it may still be on its way.
    for (let tries = 0; client.registrations.length === 0 && tries < 100; tries++) await new Promise((wake) => setTimeout(wake, 20));
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.newslint'] });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(client.registrations.flatMap((params) => params.registrations.map((registration) => [registration.method, registration.registerOptions]))).toEqual([
      ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.textlintrc.json' }, { globPattern: '**/.textlintrc' }] }],
    ]);
  });

  it('publishes on open the same rule ids, severities and ranges as the engine gives the CLI', async () => {
    const text = 'Headline\n\nThe colour was red in order to warn us.\nA colourful sky.\n';
    const path = workspace.write('open.txt', text);
    const uri = pathUri(path);
    await client.open(uri, 'plaintext', text);
    const published = await client.current(uri);
    const expected = await lintWithBuiltEngine(path, text);
    expect(expected).toHaveLength(3);
    expect(published.diagnostics).toEqual(
      expected.map((diagnostic) => ({
        range: {
          start: { line: diagnostic.line - 1, character: diagnostic.column - 1 },
          end: { line: diagnostic.endLine - 1, character: diagnostic.endColumn - 1 },
        },
        severity: DiagnosticSeverity.Warning,
        code: diagnostic.ruleId,
        codeDescription: { href: diagnostic.url },
        source: 'newslint',
        message: diagnostic.message,
      })),
    );
    expect(published.diagnostics[0]).toMatchObject({ code: 'desk/spelling', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } }, message: 'Unexpected `colour`, expected `color`' });
  });

  it('re-lints after edits, once the typing stops', async () => {
    const uri = pathUri(workspace.write('edit.md', ''));
    await client.open(uri, 'markdown', '# Notes\n\nNothing to see.\n');
    expect(codes(await client.current(uri))).toEqual([]);
    const since = client.published.length;
    await client.change(uri, '# Notes\n\nThe col');
    await client.change(uri, '# Notes\n\nThe colou');
    const last = await client.edit(uri, { start: { line: 2, character: 9 }, end: { line: 2, character: 9 } }, 'r is off.');
    const published = await client.current(uri);
    expect(client.document(uri).getText()).toBe('# Notes\n\nThe colour is off.');
    expect(codes(published)).toEqual(['desk/spelling']);
    // Debounced: the two half-typed versions were never linted.
    expect(client.published.slice(since).filter((params) => params.uri === uri).map((params) => params.version)).toEqual([last]);
  });

  it('offers a quick fix per replacement, and applying one fixes the text', async () => {
    const text = 'Headline\n\nWe left early in order to catch the train.\n';
    const uri = pathUri(workspace.write('quickfix.txt', text));
    await client.open(uri, 'plaintext', text);
    const [diagnostic] = (await client.current(uri)).diagnostics;
    const actions = await client.codeActions(uri, { start: diagnostic.range.start, end: diagnostic.range.start });
    expect(actions.map((action) => action.title)).toEqual([
      'Replace `in order to` with `to`',
      'Replace `in order to` with `so as to`',
      'Disable desk/wordiness for this line',
      'Disable desk/wordiness in this file',
    ]);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', diagnostics: [diagnostic], isPreferred: false });
    expect(await client.apply(uri, titled(actions, 'Replace `in order to` with `so as to`').edit)).toBe('Headline\n\nWe left early so as to catch the train.\n');
    expect(codes(await client.current(uri))).toEqual([]);
  });

  it('shows page chrome on the last line on that line, and its quick fix takes the break before it too', async () => {
    workspace.write('chrome/.textlintrc.json', JSON.stringify({ rules: { 'boilerplate-residue': true } }));
    const text = 'Council votes\n\nThe council voted to close two libraries.\n\nRead more: Libraries face cuts across the region\n';
    const uri = pathUri(workspace.write('chrome/story.txt', text));
    await client.open(uri, 'plaintext', text);
    const [diagnostic] = (await client.current(uri)).diagnostics;
    expect(diagnostic.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 48 } });
    const actions = await client.codeActions(uri, diagnostic.range);
    expect(await client.apply(uri, actions[0].edit)).toBe('Council votes\n\nThe council voted to close two libraries.\n');
  });

  it('hovers with the rule description and a link to its documentation', async () => {
    const text = 'Headline\n\nA colour chart.\n';
    const uri = pathUri(workspace.write('hover.txt', text));
    await client.open(uri, 'plaintext', text);
    await client.current(uri);
    const hover = await client.hover(uri, { line: 2, character: 4 });
    expect(hover).toEqual({
      contents: { kind: 'markdown', value: '**desk/spelling**: Prefers the house spelling\n\n[Rule documentation](https://desk.example/rules/spelling)' },
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } },
    });
    expect(await client.hover(uri, { line: 2, character: 12 })).toBeNull();
  });

  describe.each([
    {
      languageId: 'plaintext',
      name: 'story.txt',
      text: 'Headline\n\nThe colour held.\nThe colour faded.\n',
      line: 'Headline\n\nThe colour held.\nnewslint-disable-next-line desk/spelling\nThe colour faded.\n',
      file: 'newslint-disable desk/spelling\nHeadline\n\nThe colour held.\nThe colour faded.\n',
    },
    {
      languageId: 'markdown',
      name: 'story.md',
      text: '---\ntitle: x\n---\n# Headline\n\nThe colour held,\nthe colour faded.  \nDone.\n',
      line: '---\ntitle: x\n---\n# Headline\n\nThe colour held,\nthe colour faded. <!-- newslint-disable-line desk/spelling -->  \nDone.\n',
      file: '---\ntitle: x\n---\n<!-- newslint-disable desk/spelling -->\n# Headline\n\nThe colour held,\nthe colour faded.  \nDone.\n',
    },
    {
      languageId: 'html',
      name: 'story.html',
      text: '<!DOCTYPE html>\n<p>The colour held.</p>\n<p>The colour <a\nhref="#">faded</a>.</p>\n',
      line: '<!DOCTYPE html>\n<p>The colour held.</p>\n<p>The <!-- newslint-disable-line desk/spelling -->colour <a\nhref="#">faded</a>.</p>\n',
      file: '<!DOCTYPE html>\n<!-- newslint-disable desk/spelling -->\n<p>The colour held.</p>\n<p>The colour <a\nhref="#">faded</a>.</p>\n',
    },
  ])('disabling a rule in $languageId', ({ languageId, name, text, line, file }) => {
    it('for one line inserts the directive the format needs, and only that line is silenced', async () => {
      const uri = pathUri(workspace.write(`line-${name}`, text));
      await client.open(uri, languageId, text);
      const published = await client.current(uri);
      expect(published.diagnostics).toHaveLength(2);
      const second = published.diagnostics[1];
      const actions = await client.codeActions(uri, second.range);
      expect(await client.apply(uri, titled(actions, 'Disable desk/spelling for this line').edit)).toBe(line);
      const after = await client.current(uri);
      expect(after.diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([published.diagnostics[0].range.start.line]);
    });

    it('for the whole file inserts the directive at the top, and every finding of the rule goes', async () => {
      const uri = pathUri(workspace.write(`file-${name}`, text));
      await client.open(uri, languageId, text);
      const published = await client.current(uri);
      const actions = await client.codeActions(uri, published.diagnostics[0].range);
      expect(await client.apply(uri, titled(actions, 'Disable desk/spelling in this file').edit)).toBe(file);
      expect(codes(await client.current(uri))).toEqual([]);
    });
  });

  it('adds a rule to a directive already on the line instead of stacking another', async () => {
    const text = 'Headline\n\nnewslint-disable-next-line desk/wordiness\nThe colour came in order to stay.\n';
    const uri = pathUri(workspace.write('stacked.txt', text));
    await client.open(uri, 'plaintext', text);
    const [diagnostic] = (await client.current(uri)).diagnostics;
    expect(diagnostic.code).toBe('desk/spelling');
    const actions = await client.codeActions(uri, diagnostic.range);
    expect(await client.apply(uri, titled(actions, 'Disable desk/spelling for this line').edit)).toBe(
      'Headline\n\nnewslint-disable-next-line desk/wordiness desk/spelling\nThe colour came in order to stay.\n',
    );
    expect(codes(await client.current(uri))).toEqual([]);
  });

  it('fixes all safe problems in one action, leaving unsafe ones, CRLF kept', async () => {
    const text = 'Headline\r\n\r\nThe colour, in order to be colorful.\r\nA colourful sky.\r\n';
    const uri = pathUri(workspace.write('fixall.txt', text));
    await client.open(uri, 'plaintext', text);
    expect(codes(await client.current(uri))).toEqual(['desk/spelling', 'desk/wordiness', 'desk/spelling']);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all safe newslint problems', 'source.fixAll.newslint']]);
    expect(await client.apply(uri, actions[0].edit)).toBe('Headline\r\n\r\nThe color, in order to be colorful.\r\nA colorful sky.\r\n');
    expect(codes(await client.current(uri))).toEqual(['desk/wordiness']);
  });

  it('places findings right in an editor buffer that kept its BOM, and fixes them there', async () => {
    const text = '\uFEFFcolour chart\n\nA colour.\n';
    const uri = pathUri(workspace.write('bom.txt', text));
    await client.open(uri, 'plaintext', text);
    const published = await client.current(uri);
    expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([
      { start: { line: 0, character: 1 }, end: { line: 0, character: 7 } },
      { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } },
    ]);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(await client.apply(uri, actions[0].edit)).toBe('\uFEFFcolor chart\n\nA color.\n');
  });

  it('clears diagnostics when a document closes', async () => {
    const text = 'Headline\n\nThe colour.\n';
    const uri = pathUri(workspace.write('close.txt', text));
    await client.open(uri, 'plaintext', text);
    expect(codes(await client.current(uri))).toEqual(['desk/spelling']);
    const since = client.published.length;
    await client.close(uri);
    expect((await client.diagnostics(uri, () => true, since)).diagnostics).toEqual([]);
  });
});

describe('language server: configuration', () => {
  let workspace: DeskWorkspace;
  let client: TestClient;
  const configUri = () => pathUri(`${workspace.folder}/.textlintrc.json`);

  beforeAll(async () => {
    workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] } }));
    client = await TestClient.start(workspace.folder, { debounceMs: 0 });
  });
  afterAll(() => {
    client?.kill();
    workspace?.remove();
  });

  it('re-lints every open document when a config file changes', async () => {
    const story = pathUri(workspace.write('story.txt', ''));
    const notes = pathUri(workspace.write('notes.md', ''));
    await client.open(story, 'plaintext', 'Headline\n\nA grey colour.\n');
    await client.open(notes, 'markdown', '# Notes\n\nGrey skies.\n');
    expect(codes(await client.current(story))).toEqual(['desk/spelling']);
    expect(codes(await client.current(notes))).toEqual([]);

    workspace.writeConfig(deskConfig({ spelling: { find: '[Gg]rey', replace: ['gray'] } }));
    const since = client.published.length;
    await client.fileChanged(configUri());
    expect(codes(await client.diagnostics(story, () => true, since))).toEqual(['desk/spelling']);
    expect((await client.diagnostics(story, () => true, since)).diagnostics[0].range.start).toEqual({ line: 2, character: 2 });
    expect(codes(await client.diagnostics(notes, () => true, since))).toEqual(['desk/spelling']);
    await client.close(story);
    await client.close(notes);
  });

  it('shows a broken config as one diagnostic on the document while the config file is not open', async () => {
    const story = pathUri(workspace.write('broken.txt', ''));
    await client.open(story, 'plaintext', 'Headline\n\nA grey colour.\n');
    await client.current(story);
    workspace.writeConfig('{\n  "plugins": ["desk"],\n  "rules": { "desk/speling": true }\n}\n');
    const since = client.published.length;
    await client.fileChanged(configUri());
    const published = await client.diagnostics(story, () => true, since);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ severity: DiagnosticSeverity.Error, source: 'newslint', code: 'config', range: { start: { line: 0, character: 0 } } });
    expect(published.diagnostics[0].message).toMatch(/^Configuration problem, nothing checked: .*\.textlintrc\.json:3:14: .*desk\/speling.*desk\/spelling/);
    await client.close(story);
  });

  it('moves it onto the config file when that is open, and takes it down once the file is fixed', async () => {
    const story = pathUri(workspace.write('moved.txt', ''));
    await client.open(configUri(), 'json', '{ "broken": ');
    await client.open(story, 'plaintext', 'Headline\n\nA grey colour.\n');
    const onConfig = await client.diagnostics(configUri(), (params) => params.diagnostics.length > 0);
    expect(onConfig.diagnostics).toEqual([
      expect.objectContaining({ code: 'config', severity: DiagnosticSeverity.Error, range: { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } } }),
    ]);
    expect(onConfig.diagnostics[0].message).toMatch(/desk\/speling/);
    expect(codes(await client.current(story))).toEqual([]);

    workspace.writeConfig(deskConfig({ spelling: { find: 'colour', replace: ['color'] } }));
    const since = client.published.length;
    await client.fileChanged(configUri());
    expect((await client.diagnostics(configUri(), () => true, since)).diagnostics).toEqual([]);
    expect(codes(await client.diagnostics(story, (params) => params.diagnostics.length > 0, since))).toEqual(['desk/spelling']);
    // A config file is configuration, not copy: it is never linted as prose.
    expect(client.published.filter((params) => params.uri === configUri() && params.diagnostics.some((diagnostic) => diagnostic.code !== 'config'))).toEqual([]);
  });

  it('picks up a config file saved in the editor even without a file watcher', async () => {
    const story = pathUri(workspace.write('saved.txt', ''));
    await client.open(story, 'plaintext', 'Headline\n\nA grey colour.\n');
    expect(codes(await client.current(story))).toEqual(['desk/spelling']);
    writeFileSync(`${workspace.folder}/.textlintrc.json`, JSON.stringify(deskConfig({ spelling: { find: 'grey', replace: ['gray'] } })));
    const since = client.published.length;
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: configUri() } });
    const published = await client.diagnostics(story, () => true, since);
    expect(published.diagnostics.map((diagnostic) => diagnostic.range.start.character)).toEqual([2]);
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe('newslint --lsp', () => {
  it('runs the same server over stdio from the command line, with no capabilities beyond the basics', async () => {
    const workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] } }));
    const client = await TestClient.start(workspace.folder, { command: CLI_LSP, capabilities: {} });
    try {
      const uri = pathUri(workspace.write('story.txt', ''));
      await client.open(uri, 'plaintext', 'Headline\n\nThe colour.\n');
      expect(codes(await client.current(uri))).toEqual(['desk/spelling']);
      // A client that cannot watch files is never asked to.
      expect(client.registrations).toEqual([]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
      workspace.remove();
    }
  });
});
