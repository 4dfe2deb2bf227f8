import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LIBRARIES, MARKET, ROADS } from '../archive/riverton-stories.js';
import { workspace, writeFile } from '../cli/cli-harness.js';
import { pathUri, TestClient } from './lsp-client.js';

const CONFIG = (archive: string) => JSON.stringify({ rules: { 'boilerplate-residue': true }, archive });

describe('language server: the archive a config names', () => {
  let folder: string;
  let client: TestClient;

  beforeAll(async () => {
    folder = workspace({ 'published/roads.txt': ROADS, 'published/market.md': MARKET, '.textlintrc.json': CONFIG('published') }, { config: false });
    client = await TestClient.start(folder, { debounceMs: 0 });
  });
  afterAll(() => {
    client?.kill();
  });

  it('flags a line of the open draft that runs in the archived stories', async () => {
    const uri = pathUri(`${folder}/draft.txt`);
    await client.open(uri, 'plaintext', LIBRARIES);
    const published = await client.current(uri);
    expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.message])).toEqual([
      ['boilerplate-residue', 4, 'Page chrome left in the copy: the line appears verbatim in 2 other stories'],
    ]);
    await client.close(uri);
  });

  it('does not count the archived versions of the story being edited as other stories', async () => {
    const uri = pathUri(`${folder}/drafts/roads-update.txt`);
    await client.open(uri, 'plaintext', ROADS.replace('use the bypass', 'use the bypass or take the train'));
    const findings = (await client.current(uri)).diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]);
    // The bio still runs in the market story; the headline and the rest are the story's own.
    expect(findings).toEqual([[4, 'Page chrome left in the copy: the line appears verbatim in 1 other story']]);
    await client.close(uri);
  });

  it('reads the archive again when the configuration changes, and names a bad entry', async () => {
    const uri = pathUri(`${folder}/later.txt`);
    writeFile(folder, '.textlintrc.json', CONFIG('missing'));
    await client.fileChanged(pathUri(`${folder}/.textlintrc.json`));
    await client.open(uri, 'plaintext', LIBRARIES);
    const published = await client.current(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ severity: DiagnosticSeverity.Error, code: 'config' });
    expect(published.diagnostics[0].message).toMatch(/\.textlintrc\.json: archive: missing: no such file or folder$/);
  });
});
