import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { newslint, workspace } from './cli-harness.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('--help and --version', () => {
  it('--help lists every option and exits 0', () => {
    const run = newslint(['--help'], { cwd: workspace() });
    expect(run.code).toBe(0);
    for (const option of ['--stdin-filename', '--ignore-pattern', '--no-config', '--rule', '--print-config', '--list-rules', '--init', '--max-warnings', '--quiet', '--format', '--output-file', '--debug', '--baseline', '--write-baseline', '--cache', '--cache-location', '--concurrency']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('--version prints the package version', () => {
    const run = newslint(['--version'], { cwd: workspace() });
    expect(run).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });
});

describe('--list-rules', () => {
  it('lists every built-in rule with kind, severity and fixable', () => {
    const run = newslint(['--list-rules'], { cwd: workspace() });
    expect(run.code).toBe(0);
    for (const rule of Object.values(builtinRules)) {
      const line = run.stdout.split('\n').find((row) => row.startsWith(`${rule.meta.id} `));
      expect(line, rule.meta.id).toBeDefined();
      expect(line!.split(/\s{2,}/).slice(0, 4)).toEqual([rule.meta.id, rule.meta.kind, rule.meta.severity, rule.meta.fixable ? 'yes' : 'no']);
    }
  });

  it('prints JSON with --format json', () => {
    const run = newslint(['--list-rules', '--format', 'json'], { cwd: workspace() });
    const rows = JSON.parse(run.stdout) as Array<{ id: string; description: string }>;
    expect(rows.map((row) => row.id)).toEqual(Object.keys(builtinRules).sort());
    expect(rows.every((row) => row.description.length > 0)).toBe(true);
  });
});

describe('--init', () => {
  it('writes a commented starter config that loads, then refuses to overwrite it', () => {
    const folder = workspace({}, { config: false });
    const first = newslint(['--init'], { cwd: folder });
    expect(first.code).toBe(0);
    const written = readFileSync(join(folder, '.textlintrc.json'), 'utf8');
    for (const id of Object.keys(builtinRules)) expect(written).toMatch(new RegExp(`// .+\\n\\s*"${id}": (true|false)`));

    const printed = newslint(['--print-config', 'story.md'], { cwd: folder });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).files).toEqual([join(folder, '.textlintrc.json')]);

    const second = newslint(['--init'], { cwd: folder });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists; not overwriting it\n$/);
    expect(readFileSync(join(folder, '.textlintrc.json'), 'utf8')).toBe(written);
  });

  it('offers an archive line that is valid once uncommented', () => {
    const folder = workspace({ 'published/old.txt': 'An old story.\n' }, { config: false });
    newslint(['--init'], { cwd: folder });
    const config = join(folder, '.textlintrc.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('// "archive"', '"archive"'));
    const printed = newslint(['--print-config', 'story.md'], { cwd: folder });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).archive).toEqual([{ pattern: 'published/', folder, configFile: config }]);
  });
});

describe('--print-config', () => {
  it('prints the resolved rules for a file, with --rule applied', () => {
    const folder = workspace();
    const run = newslint(['--print-config', 'desk/story.txt', '--rule', 'testkit/hedge:error', '--rule', 'testkit/year:off'], { cwd: folder });
    expect(run.code).toBe(0);
    const description = JSON.parse(run.stdout) as { rules: Record<string, { severity: string; source: string }> };
    expect(description.rules['testkit/hedge']).toMatchObject({ severity: 'error', source: 'newslint-plugin-testkit' });
    expect(description.rules['testkit/year']).toBeUndefined();
  });
});
