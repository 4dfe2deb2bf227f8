import { parseArgs } from 'node:util';
import { CHECKERS, type CheckerSpan } from './checkers.js';
import { loadGrammarExamples, type GrammarExample } from './examples.js';
import { formatTable, type ReportRow } from './report.js';
import { count, emptyTally, judge, type Outcome, type Tally } from './score.js';

const USAGE =
  'Usage: node dist/bench/grammar/run.js --corpus <dir> [--split dev|holdout] [--checkers a,b] ' +
  '[--by category|rule] [--show missed|elsewhere|false-alarm] [--limit N]';

/** Scores grammar checkers on LanguageTool's and Harper's example sentences, one sentence at a time. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      checkers: { type: 'string', default: Object.keys(CHECKERS).join(',') },
      by: { type: 'string' },
      show: { type: 'string' },
      limit: { type: 'string', default: '40' },
    },
  });
  if (values.corpus === undefined) throw new Error(USAGE);
  if (values.split !== 'dev' && values.split !== 'holdout') throw new Error(`--split must be dev or holdout, not ${values.split}`);
  // Holdout failures must stay unread (corpora/README.md): only totals are printed for it.
  if (values.split === 'holdout' && (values.by !== undefined || values.show !== undefined)) {
    throw new Error('--by and --show work on the dev split only');
  }
  const names = values.checkers.split(',');
  for (const name of names) {
    if (!(name in CHECKERS)) throw new Error(`Unknown checker "${name}" (known: ${Object.keys(CHECKERS).join(', ')})`);
  }

  const examples = loadGrammarExamples(values.corpus, values.split);
  const outcomes = new Map<string, Outcome[]>();
  const findings = new Map<string, CheckerSpan[][]>();
  for (const name of names) {
    const started = performance.now();
    const perExample: CheckerSpan[][] = [];
    for (const example of examples) perExample.push(await CHECKERS[name]!(example.text));
    const seconds = (performance.now() - started) / 1000;
    console.error(`${name}: ${examples.length} sentences in ${seconds.toFixed(1)} s`);
    findings.set(name, perExample);
    outcomes.set(name, examples.map((example, i) => judge(example, perExample[i]!)));
  }

  console.log(`Grammar corpora, ${values.split} split, each sentence linted on its own\n`);
  console.log(formatTable(tallyRows(examples, outcomes, names, (e) => e.corpus), names));
  if (values.by !== undefined) {
    const key = values.by === 'rule' ? (e: GrammarExample) => `${e.corpus} ${e.sourceRule}` : (e: GrammarExample) => `${e.corpus} ${e.category}`;
    console.log(`\nBy source ${values.by}\n`);
    console.log(formatTable(tallyRows(examples, outcomes, names, key), names));
  }
  if (values.show !== undefined) {
    const wanted = values.show as Outcome;
    const limit = Number(values.limit);
    for (const name of names) {
      console.log(`\n${name}: ${wanted}`);
      const picked = examples.map((e, i) => [e, i] as const).filter(([, i]) => outcomes.get(name)![i] === wanted);
      for (const [example, i] of picked.slice(0, limit)) console.log(describe(example, findings.get(name)![i]!));
    }
  }
}

function tallyRows(
  examples: readonly GrammarExample[],
  outcomes: ReadonlyMap<string, Outcome[]>,
  names: readonly string[],
  groupOf: (example: GrammarExample) => string,
): ReportRow[] {
  const rows = new Map<string, Record<string, Tally>>();
  examples.forEach((example, i) => {
    const label = groupOf(example);
    const tallies = rows.get(label) ?? Object.fromEntries(names.map((name) => [name, emptyTally()]));
    rows.set(label, tallies);
    for (const name of names) count(tallies[name]!, outcomes.get(name)![i]!);
  });
  return [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, tallies]) => ({ label, tallies }));
}

function describe(example: GrammarExample, found: readonly CheckerSpan[]): string {
  const mark = (text: string, span?: { start: number; end: number }) =>
    span === undefined ? text : `${text.slice(0, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end)}`;
  const findingList = found.map((f) => `${f.detail ?? f.ruleId} "${example.text.slice(f.start, f.end)}"`).join('; ');
  return `  ${example.corpus}/${example.sourceRule}: ${mark(example.text, example.marker)}${findingList ? `  → ${findingList}` : ''}`;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
