import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { SourceFormat } from '../../src/model/document.js';
import { configFor } from '../rule-tester.js';
import { wordFinder } from './word-finder-rule.js';

/** Independent oracle: line and UTF-16 column of every `target` in the text, BOM excluded. */
function expectedSpans(text: string): string[] {
  const source = text.replace(/^\uFEFF/, '');
  const spans: string[] = [];
  for (const match of source.matchAll(/\btarget\b/g)) {
    const before = source.slice(0, match.index).split(/\r\n|\r|\n/);
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    spans.push(`${line}:${column}-${line}:${column + 6}`);
  }
  return spans;
}

async function foundSpans(text: string, format: SourceFormat): Promise<string[]> {
  const { diagnostics } = await lint(text, { config: configFor(wordFinder('target')), format });
  return diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
}

const awkward = (lineBreak: string) =>
  ['\uFEFFHeadline about the target', '', '\tTabbed 😀 emoji 𝒳 then target here.', 'Second line with target.'].join(lineBreak);

describe('positions point into the original file', () => {
  for (const [name, lineBreak] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`plain text with ${name}, BOM, tabs and astral characters`, async () => {
      const text = awkward(lineBreak);
      expect(await foundSpans(text, 'text')).toEqual(expectedSpans(text));
    });
  }

  it('markdown with CRLF, inline markup, entities and escapes', async () => {
    const text = '\uFEFF# The target story\r\n\r\nA **bold** 😀 &amp; \\*escaped\\* then target.\r\n\r\n- list item target\r\n\r\n> quoted target here\r\n';
    expect(await foundSpans(text, 'markdown')).toEqual(expectedSpans(text));
  });

  it('html with entities, inline elements and CRLF', async () => {
    const text = '<html><head><title>Page</title></head>\r\n<body><h1>The target</h1>\r\n<p>A &amp; B 😀 <em>said</em> the\ttarget.</p>\r\n<ul><li>Item target</li></ul></body></html>';
    expect(await foundSpans(text, 'html')).toEqual(expectedSpans(text));
  });
});

describe('only prose is linted', () => {
  it('markdown leaves out code, front matter, HTML comments and bare URLs', async () => {
    const text = [
      '---',
      'title: target',
      '---',
      '',
      'Real target prose with `target` code.',
      '',
      '```',
      'target in a fence',
      '```',
      '',
      '<!-- target in a comment -->',
      '',
      'See <https://example.com/target> now.',
      '',
      '    target in indented code',
    ].join('\n');
    expect(await foundSpans(text, 'markdown')).toEqual(['5:6-5:12']);
  });

  it('html leaves out script, style, nav, header, footer and aside', async () => {
    const text = [
      '<header>target</header><nav>target</nav>',
      '<script>var target = 1;</script><style>.target{}</style>',
      '<article><p>The target is here.</p></article>',
      '<aside>target</aside><footer>target</footer>',
    ].join('\n');
    expect(await foundSpans(text, 'html')).toEqual(['3:17-3:23']);
  });
});
