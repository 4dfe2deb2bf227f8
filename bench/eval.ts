/**
 * `npm run eval`: runs the quality harness (bench/quality), the grammar harness (bench/grammar) and the
 * page-chrome measure on real extractor output (bench/quality/boilerplate-lines), one after the other, each in its own process, and exits with the worse of their exit codes (1: a figure
 * fell below its thresholds.json, 2: a usage or corpus error).
 *
 *   npm run eval -- --corpus ../shared/corpora --split dev [--suite quality|grammar|boilerplate|all] [options]
 *
 * With `--suite all` (the default) all three get `--corpus` and `--split`, and every other option goes to the
 * quality harness (`--per-injector`, `--rules`…); `--suite grammar` hands every option to the grammar one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SUITES = {
  quality: join(import.meta.dirname, 'quality', 'run.js'),
  grammar: join(import.meta.dirname, 'grammar', 'run.js'),
  boilerplate: join(import.meta.dirname, 'quality', 'boilerplate-lines.js'),
};
type Suite = keyof typeof SUITES;
const SHARED_OPTIONS = ['--corpus', '--split'];

function main(argv: readonly string[]): number {
  const { value: suite = 'all', rest } = takeOption(argv, '--suite');
  if (suite !== 'all' && !(suite in SUITES)) {
    console.error(`eval: --suite must be quality, grammar, boilerplate or all, not "${suite}"`);
    return 2;
  }
  if (suite !== 'all') return run(suite as Suite, rest);
  const shared = SHARED_OPTIONS.flatMap((name) => {
    const { value } = takeOption(rest, name);
    return value === undefined ? [] : [name, value];
  });
  return Math.max(run('quality', rest), run('grammar', shared), run('boilerplate', shared));
}

function run(suite: Suite, args: readonly string[]): number {
  console.log(`\n=== ${suite} ===\n`);
  const child = spawnSync(process.execPath, [SUITES[suite], ...args], { stdio: 'inherit' });
  if (child.error) {
    console.error(`eval: cannot run the ${suite} harness: ${child.error.message}`);
    return 2;
  }
  // A harness killed by a signal has no exit code; count it as broken.
  return child.status ?? 2;
}

/** The value of `--name value` or `--name=value` (the last one given) and the arguments without it. */
function takeOption(argv: readonly string[], name: string): { value: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    else rest.push(arg);
  }
  return { value, rest };
}

process.exitCode = main(process.argv.slice(2));
