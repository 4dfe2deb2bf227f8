import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, article, newslint, parseJson, workspace, writeFile } from './cli-harness.js';

const harbour = () => workspace({ 'news/harbour.txt': article('harbour.txt'), 'news/library.md': article('library.md') });
const ESC = '\u001b[';

describe('--format stylish (default)', () => {
  it('groups by file with aligned columns and a summary, without colour when piped', () => {
    const run = newslint(['news'], { cwd: harbour() });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(ESC);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('news/harbour.txt');
    expect(lines[1]).toMatch(/^ {2}3:49 {2}error {4}Unexpected `utilise`, expected `use`\s+testkit\/flag-word$/);
    expect(lines[2]).toMatch(/^ {2}5:15 {2}warning {2}Say who reports it instead of `reportedly`\s+testkit\/hedge$/);
    expect(lines[3]).toMatch(/^ {2}5:35 {2}info {5}Check the year `2026`\s+testkit\/year$/);
    expect(run.stdout).toContain('\u2716 3 problems (1 error, 1 warning, 1 info)');
    expect(run.stdout).not.toContain('library.md');
  });

  it('colours with FORCE_COLOR or --color, and never with --no-color', () => {
    expect(newslint(['news'], { cwd: harbour(), env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(newslint(['news', '--color'], { cwd: harbour() }).stdout).toContain(ESC);
    expect(newslint(['news', '--no-color'], { cwd: harbour(), env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(newslint(['news'], { cwd: harbour(), env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
  });

  it('prints nothing for clean files', () => {
    expect(newslint(['news/library.md'], { cwd: harbour() }).stdout).toBe('');
  });
});

describe('--format json', () => {
  it("writes ESLint's result shape", () => {
    const folder = harbour();
    const run = newslint(['news', '--format', 'json'], { cwd: folder });
    const results = parseJson(run);
    expect(results.map((result) => Object.keys(result).sort())).toEqual([
      ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'source', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'],
      ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'],
    ]);
    const [story, clean] = results;
    expect(story).toMatchObject({ filePath: join(folder, 'news/harbour.txt'), errorCount: 1, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 0, source: article('harbour.txt') });
    expect(clean).toMatchObject({ filePath: join(folder, 'news/library.md'), messages: [], errorCount: 0, warningCount: 0 });
    const utilise = article('harbour.txt').indexOf('utilise');
    expect(story.messages[0]).toEqual({
      ruleId: 'testkit/flag-word',
      severity: 2,
      message: 'Unexpected `utilise`, expected `use`',
      line: 3,
      column: 49,
      endLine: 3,
      endColumn: 56,
      messageId: 'found',
      fix: { range: [utilise, utilise + 7], text: 'use' },
      suggestions: [{ desc: 'Replace `utilise` with `use`', fix: { range: [utilise, utilise + 7], text: 'use' } }],
    });
    // Warnings and infos are both severity 1: ESLint has no third level.
    expect(story.messages.slice(1).map((message) => [message.ruleId, message.severity, 'fix' in message, 'suggestions' in message])).toEqual([
      ['testkit/hedge', 1, false, false],
      ['testkit/year', 1, false, false],
    ]);
  });
});

describe('--format compact and unix', () => {
  it('compact: one line per problem, then a count', () => {
    const folder = harbour();
    const run = newslint(['news', '--format', 'compact'], { cwd: folder });
    const file = join(folder, 'news/harbour.txt');
    expect(run.stdout).toBe(
      [
        `${file}: line 3, col 49, Error - Unexpected \`utilise\`, expected \`use\` (testkit/flag-word)`,
        `${file}: line 5, col 15, Warning - Say who reports it instead of \`reportedly\` (testkit/hedge)`,
        `${file}: line 5, col 35, Info - Check the year \`2026\` (testkit/year)`,
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('unix: path:line:col: message [Severity/rule]', () => {
    const folder = harbour();
    const lines = newslint(['news', '--format', 'unix'], { cwd: folder }).stdout.split('\n');
    expect(lines[0]).toBe(`${join(folder, 'news/harbour.txt')}:3:49: Unexpected \`utilise\`, expected \`use\` [Error/testkit/flag-word]`);
    expect(lines.at(-2)).toBe('3 problems');
  });
});

describe('--format github', () => {
  it('writes workflow commands with repository-relative paths', () => {
    const run = newslint(['news', '--format', 'github'], { cwd: harbour() });
    expect(run.stdout.split('\n')).toEqual([
      '::error file=news/harbour.txt,line=3,col=49,endLine=3,endColumn=56,title=testkit/flag-word::Unexpected `utilise`, expected `use`',
      '::warning file=news/harbour.txt,line=5,col=15,endLine=5,endColumn=25,title=testkit/hedge::Say who reports it instead of `reportedly`',
      '::notice file=news/harbour.txt,line=5,col=35,endLine=5,endColumn=39,title=testkit/year::Check the year `2026`',
      '',
    ]);
  });
});

describe('--format junit', () => {
  it('writes a test suite per file and a failure per problem', () => {
    const run = newslint(['news', '--format', 'junit'], { cwd: harbour() });
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="newslint" tests="4" failures="3"/);
    expect(run.stdout).toContain('<testsuite package="newslint" name="news/harbour.txt" tests="3" failures="3"');
    expect(run.stdout).toContain('<failure message="Unexpected `utilise`, expected `use`" type="Error"><![CDATA[line 3, col 49, Error - Unexpected `utilise`, expected `use` (testkit/flag-word)]]></failure>');
    expect(run.stdout).toContain('<testcase time="0" name="news/library.md" classname="news/library.md" />');
    expect(run.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });
});

describe('--output-file', () => {
  it('writes the report to the file (creating folders) and nothing to stdout', () => {
    const folder = harbour();
    const run = newslint(['news', '--format', 'json', '--output-file', 'reports/lint.json'], { cwd: folder });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(join(folder, 'reports/lint.json'), 'utf8'))).toHaveLength(2);
  });

  it('writes an empty report file for a clean run, so CI always finds it', () => {
    const folder = harbour();
    expect(newslint(['news/library.md', '-o', 'out.txt'], { cwd: folder }).code).toBe(0);
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe('');
  });
});

describe('custom reporters', () => {
  it('loads a reporter from a path', () => {
    const run = newslint(['news', '--format', join(FIXTURES, 'reporter-count.mjs')], { cwd: harbour() });
    expect(run.stdout).toMatch(/^files=2 findings=3 version=\d+\.\d+\.\d+/);
  });

  it('loads a reporter package, newslint-formatter-NAME first', () => {
    const folder = harbour();
    const reporter = readFileSync(join(FIXTURES, 'reporter-count.mjs'), 'utf8');
    writeFile(folder, 'node_modules/newslint-formatter-count/package.json', '{ "name": "newslint-formatter-count", "type": "module", "exports": { "import": "./main.js" } }');
    writeFile(folder, 'node_modules/newslint-formatter-count/main.js', reporter);
    expect(newslint(['news', '--format', 'count'], { cwd: folder }).stdout).toMatch(/^files=2 findings=3 /);
    expect(newslint(['news', '--format', 'newslint-formatter-count'], { cwd: folder }).stdout).toMatch(/^files=2 findings=3 /);
  });

  it('fails with 2 and one line for an unknown reporter', () => {
    const run = newslint(['news', '--format', 'tap'], { cwd: harbour() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^newslint: --format tap: no such reporter \(built in: stylish, json, compact, unix, github, sarif, junit; .*\)\n$/);
  });
});
