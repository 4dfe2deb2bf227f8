import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { lint } from '../../src/engine/lint.js';
import type { SourceFormat } from '../../src/model/document.js';
import { disableForFile, disableForLine, type Insertion } from '../../src/server/directive-edits.js';
import { createDeskWorkspace, deskConfig } from '../fix/desk-workspace.js';

const workspace = createDeskWorkspace(deskConfig({ spelling: { find: 'colour', replace: ['color'] } }));
afterAll(() => workspace.remove());

const insert = (source: string, { offset, text }: Insertion) => source.slice(0, offset) + text + source.slice(offset);

/** The lines (1-based) the spelling rule still flags in `source`, through the real engine and directives. */
async function flaggedLines(source: string, format: SourceFormat): Promise<number[]> {
  const filePath = `${workspace.folder}/story.${format === 'text' ? 'txt' : format === 'markdown' ? 'md' : 'html'}`;
  const { diagnostics } = await lint(source, { filePath, config: await resolveConfig(filePath), format });
  return diagnostics.map((diagnostic) => diagnostic.line);
}

describe('disable directives', () => {
  it('writes a text directive line with the file’s CRLF endings and indentation', async () => {
    const source = 'Headline\r\n\r\n  The colour held.\r\n  The colour faded.\r\n';
    const offset = source.lastIndexOf('colour');
    const edited = insert(source, disableForLine(source, 'text', offset, 'desk/spelling'));
    expect(edited).toBe('Headline\r\n\r\n  The colour held.\r\n  newslint-disable-next-line desk/spelling\r\n  The colour faded.\r\n');
    expect(await flaggedLines(edited, 'text')).toEqual([3]);
  });

  it('keeps a Markdown backslash hard break last on the line', async () => {
    const source = '# Headline\n\nThe colour held,\\\nthe colour faded.\n';
    const edited = insert(source, disableForLine(source, 'markdown', source.indexOf('colour'), 'desk/spelling'));
    expect(edited).toBe('# Headline\n\nThe colour held, <!-- newslint-disable-line desk/spelling -->\\\nthe colour faded.\n');
    expect(await flaggedLines(edited, 'markdown')).toEqual([4]);
  });

  it('adds the rule before the `-- reason` of a directive already on the line', async () => {
    const source = '# Headline\n\nThe colour held. <!-- newslint-disable-line desk/wordiness -- house style -->\n';
    const edited = insert(source, disableForLine(source, 'markdown', source.indexOf('colour'), 'desk/spelling'));
    expect(edited).toBe('# Headline\n\nThe colour held. <!-- newslint-disable-line desk/wordiness desk/spelling -- house style -->\n');
    expect(await flaggedLines(edited, 'markdown')).toEqual([]);
  });

  it('never narrows a directive that names no rule (it covers them all)', () => {
    const source = 'newslint-disable\nThe colour.\n';
    expect(disableForFile(source, 'text', 'desk/spelling')).toEqual({ offset: 0, text: 'newslint-disable desk/spelling\n' });
  });

  it('puts the file directive at the very top of HTML without a doctype', async () => {
    const source = '<p>The colour held.</p>\n';
    const edited = insert(source, disableForFile(source, 'html', 'desk/spelling'));
    expect(edited).toBe('<!-- newslint-disable desk/spelling -->\n<p>The colour held.</p>\n');
    expect(await flaggedLines(edited, 'html')).toEqual([]);
  });

  it('adds to an existing file directive instead of stacking another', () => {
    const source = '<!-- newslint-disable desk/wordiness -->\n# Headline\n';
    expect(disableForFile(source, 'markdown', 'desk/spelling')).toEqual({ offset: 'newslint-disable desk/wordiness'.length + 5, text: ' desk/spelling' });
  });
});
