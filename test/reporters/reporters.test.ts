import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/engine/types.js';
import { escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { attribute, cdata, junit } from '../../src/reporters/junit.js';
import { json } from '../../src/reporters/json.js';
import { stylish } from '../../src/reporters/stylish.js';
import { compact } from '../../src/reporters/compact.js';
import type { FileReport, ReporterContext } from '../../src/reporters/types.js';

const context: ReporterContext = { cwd: '/desk', color: false, rules: {}, version: '1.2.3', baselineSuppressed: 0 };

function diagnostic(overrides: Partial<Diagnostic> & { severity: Severity }): Diagnostic {
  return {
    ruleId: 'demo-rule',
    source: 'newslint',
    kind: 'style',
    messageId: 'm',
    message: 'Something is off',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    offset: 0,
    endOffset: 4,
    actual: 'Some',
    expected: [],
    safe: false,
    ...overrides,
  };
}

const report = (diagnostics: Diagnostic[], filePath = '/desk/news/a.txt'): FileReport => ({ filePath, source: 'Some text here.', diagnostics });

describe('github', () => {
  it('escapes message data and property values as the Actions runner decodes them', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('escapes file names and titles in commands', () => {
    const output = github([report([diagnostic({ severity: 'warning', ruleId: 'x:y', message: 'Line one\nline two' })], '/desk/news/a,b.txt')], context);
    expect(output).toBe('::warning file=news/a%2Cb.txt,line=1,col=1,endLine=1,endColumn=5,title=x%3Ay::Line one%0Aline two\n');
  });

  it('keeps absolute paths for files outside the working folder', () => {
    expect(github([report([diagnostic({ severity: 'error' })], '/elsewhere/a.txt')], context)).toContain('file=/elsewhere/a.txt,');
  });
});

describe('junit', () => {
  it('escapes attributes and splits CDATA terminators', () => {
    expect(attribute('a < b & "c" > d\u0007')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(cdata('x ]]> y')).toBe('<![CDATA[x ]]]]><![CDATA[> y]]>');
  });

  it('escapes messages inside the XML', () => {
    const output = junit([report([diagnostic({ severity: 'error', message: 'Use "<b>" & ]]> less' })])], context);
    expect(output).toContain('<failure message="Use &quot;&lt;b&gt;&quot; &amp; ]]&gt; less" type="Error">');
    expect(output).toContain('<![CDATA[line 1, col 1, Error - Use "<b>" & ]]]]><![CDATA[> less (demo-rule)]]>');
  });
});

describe('json', () => {
  it('counts infos as warnings, offers every replacement as a suggestion, and fixes only safe ones', () => {
    const [result] = JSON.parse(
      json(
        [
          report([
            diagnostic({ severity: 'info', expected: ['A', 'The'], safe: false }),
            diagnostic({ severity: 'warning', expected: [''], safe: true, offset: 5, endOffset: 9, actual: 'text' }),
          ]),
        ],
        context,
      ) as string,
    );
    expect(result).toMatchObject({ errorCount: 0, warningCount: 2, fixableErrorCount: 0, fixableWarningCount: 1 });
    expect(result.messages[0]).not.toHaveProperty('fix');
    expect(result.messages[0].suggestions).toEqual([
      { desc: 'Replace `Some` with `A`', fix: { range: [0, 4], text: 'A' } },
      { desc: 'Replace `Some` with `The`', fix: { range: [0, 4], text: 'The' } },
    ]);
    expect(result.messages[1].fix).toEqual({ range: [5, 9], text: '' });
    expect(result.messages[1].suggestions[0].desc).toBe('Delete `text`');
  });

  it('writes an empty array for no files', () => {
    expect(json([], context)).toBe('[]');
  });
});

describe('stylish', () => {
  it('colours severities only when asked', () => {
    const results = [report([diagnostic({ severity: 'error' }), diagnostic({ severity: 'warning', line: 12, column: 3 })])];
    const plain = stylish(results, context) as string;
    expect(plain).toBe(['news/a.txt', '  1:1   error    Something is off  demo-rule', '  12:3  warning  Something is off  demo-rule', '', '\u2716 2 problems (1 error, 1 warning)', ''].join('\n'));
    const coloured = stylish(results, { ...context, color: true }) as string;
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('keeps each problem on one line', () => {
    expect(stylish([report([diagnostic({ severity: 'error', message: 'Two\nlines' })])], context)).toContain('Two lines');
    expect(compact([report([diagnostic({ severity: 'error', message: 'Two\nlines' })])], context)).toContain('Error - Two lines (demo-rule)');
  });
});
