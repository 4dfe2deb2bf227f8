import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { median, spawnTimed } from './spawn-timed.js';

/**
 * Cold start: wall time of one fresh process linting one article, newslint beside the peers that are
 * installed in a folder outside the project. Usage:
 *   node dist/bench/speed/cold-start.js <article> [peers-folder] [--runs N]
 * Set the peers up once (they are not project dependencies):
 *   npm i --prefix /tmp/newslint-peers textlint alex harper.js textlint-rule-<name>…
 * Every textlint-rule-* package the peers folder's package.json depends on is switched on.
 */
interface Contender {
  name: string;
  command: string;
  args: string[];
  cwd: string;
}

function main(argv: string[]): number {
  const runsIndex = argv.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 5;
  const [articleArg, peersArg] = argv.filter((_, i) => runsIndex < 0 || (i !== runsIndex && i !== runsIndex + 1));
  if (!articleArg || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: cold-start <article> [peers-folder] [--runs N]\n');
    return 2;
  }
  const article = resolve(articleArg);
  const contenders: Contender[] = [{ name: 'newslint', command: process.execPath, args: [join(PACKAGE_ROOT, 'dist/src/cli/bin.js'), article], cwd: dirname(article) }];
  if (peersArg) contenders.push(...peerContenders(resolve(peersArg), article));

  // Contenders take turns within each round, so a busy machine slows them alike.
  const seconds = contenders.map(() => [] as number[]);
  const codes = contenders.map(() => null as number | null);
  for (let round = 0; round < runs; round++) {
    contenders.forEach((contender, i) => {
      const run = spawnTimed(contender.command, contender.args, contender.cwd);
      seconds[i].push(run.seconds);
      codes[i] = run.code;
    });
  }
  process.stdout.write(`cold start on ${article}; median of ${runs} runs\n\n`);
  contenders.forEach((contender, i) => {
    process.stdout.write(`${contender.name.padEnd(34)}${median(seconds[i]).toFixed(2).padStart(7)} s   (exit ${codes[i]})\n`);
  });
  return 0;
}

function peerContenders(peers: string, article: string): Contender[] {
  const bin = (name: string) => join(peers, 'node_modules/.bin', name);
  const contenders: Contender[] = [];
  if (existsSync(bin('textlint'))) {
    // The rules the peers folder installed on purpose, not helpers that rules depend on.
    const manifest = JSON.parse(readFileSync(join(peers, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const rules = Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith('textlint-rule-'));
    const config = join(peers, 'textlintrc.bench.json');
    writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(rules.map((name) => [name.replace('textlint-rule-', ''), true])) }));
    contenders.push({ name: `textlint (${rules.length} rules)`, command: bin('textlint'), args: ['--config', config, article], cwd: peers });
  }
  if (existsSync(bin('alex'))) contenders.push({ name: 'alex', command: bin('alex'), args: [article], cwd: peers });
  if (existsSync(join(peers, 'node_modules/harper.js'))) {
    // harper.js is a library: a five-line script stands in for a command line.
    const script = join(peers, 'harper-lint.mjs');
    writeFileSync(
      script,
      [
        "import { readFileSync } from 'node:fs';",
        "import { LocalLinter } from 'harper.js';",
        "import { binary } from 'harper.js/binary';",
        'const linter = new LocalLinter({ binary });',
        "const lints = await linter.lint(readFileSync(process.argv[2], 'utf8'));",
        'process.stdout.write(`${lints.length} lints\\n`);',
      ].join('\n'),
    );
    contenders.push({ name: 'harper.js (LocalLinter)', command: process.execPath, args: [script, article], cwd: peers });
  }
  return contenders;
}

process.exitCode = main(process.argv.slice(2));
