import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { lint, parseDocument } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run-rules.js';
import { resolveConfig } from '../../src/config/index.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';

/**
 * How long the language server takes to re-lint an article after an edit: from sending `didChange` to
 * receiving that version's diagnostics, through the real server over stdio (debounce set to 0, so only
 * the work is timed). Also times the engine alone in this process, to show what the protocol adds.
 * Usage: node dist/bench/lsp/relint.js [article.txt] [--edits N] [--words N]
 * Without an article, the seed's paragraphs are repeated after its headline until the text reaches --words (2000).
 */
const USAGE = 'usage: relint [article.txt] [--edits N (default 60)] [--words N (default 2000)]';

interface Options {
  article: string | undefined;
  edits: number;
  words: number;
}

function parseOptions(argv: string[]): Options | undefined {
  const options: Options = { article: undefined, edits: 60, words: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--edits' || arg === '--words') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) return undefined;
      options[arg === '--edits' ? 'edits' : 'words'] = value;
    } else if (!arg.startsWith('-') && options.article === undefined) {
      options.article = arg;
    } else {
      return undefined;
    }
  }
  return options;
}

/** The seed article stretched to `words` words: headline once, then its paragraphs over again. */
function stretchedSeed(words: number): string {
  const [headline, ...body] = readFileSync(join(PACKAGE_ROOT, 'seeds/kim-jong-un-china-visit.txt'), 'utf8').split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  const blocks = [headline];
  for (let i = 0; countWords(blocks.join(' ')) < words; i++) blocks.push(body[i % body.length]);
  return `${blocks.join('\n\n')}\n`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  return `${label}: median ${fmt(percentile(sorted, 50))}, p90 ${fmt(percentile(sorted, 90))}, max ${fmt(sorted.at(-1)!)} (${times.length} runs)`;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const text = options.article ? readFileSync(options.article, 'utf8') : stretchedSeed(options.words);
  // A path outside any project, so the article gets newslint:recommended as a fresh checkout would.
  const filePath = join(tmpdir(), 'newslint-relint-bench', options.article ? 'article.txt' : 'stretched-seed.txt');
  const uri = pathToFileURL(filePath).href;
  const lines = text.split('\n');
  // Edit inside a paragraph in the middle, as a writer would: add a word, then take it out again.
  const editLine = lines.findIndex((line, i) => i >= lines.length / 2 && line.includes(' '));
  const editAt = { line: editLine, character: lines[editLine].indexOf(' ') };

  const server = spawn(process.execPath, [join(PACKAGE_ROOT, 'dist/src/server/bin.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && params.version !== undefined) waiting.get(params.version)?.(params);
  });
  connection.listen();
  const published = (version: number) => new Promise<PublishDiagnosticsParams>((done) => waiting.set(version, done));

  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification(InitializedNotification.type, {});

  const openStart = performance.now();
  const opened = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - openStart;

  const relints: number[] = [];
  for (let version = 2; version < options.edits + 2; version++) {
    const inserting = version % 2 === 0;
    const range = inserting ? { start: editAt, end: editAt } : { start: editAt, end: { ...editAt, character: editAt.character + ' really'.length } };
    const start = performance.now();
    const done = published(version);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: inserting ? ' really' : '' }] });
    await done;
    relints.push(performance.now() - start);
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();

  const config = await resolveConfig(filePath);
  const runs = Math.min(options.edits, 30);
  const engine: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const engineCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await lint(text, { filePath, config });
    const cpu = process.cpuUsage(cpuStart);
    engine.push(performance.now() - start);
    engineCpu.push((cpu.user + cpu.system) / 1000);
  }
  // Where the engine's time goes: building the document model, then each rule on its own.
  const parts = new Map<string, number[]>([['document model', []]]);
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const document = parseDocument(text, { filePath });
    parts.get('document model')!.push(performance.now() - start);
    for (const [id, active] of config.rules) {
      start = performance.now();
      await runRules(document, new Map([[id, active]]));
      parts.set(id, [...(parts.get(id) ?? []), performance.now() - start]);
    }
  }
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const breakdown = [...parts].map(([part, times]) => [part, median(times)] as const).sort((a, b) => b[1] - a[1]);

  process.stdout.write(
    [
      `article: ${options.article ?? `seed stretched to ${options.words} words`} (${countWords(text)} words, ${first.diagnostics.length} diagnostics)`,
      `open (cold: config, rules, models): ${openMs.toFixed(1)} ms`,
      summarise('re-lint after an edit, didChange → publishDiagnostics', relints),
      summarise('engine alone, warm, same process', engine),
      summarise('engine alone, CPU time', engineCpu),
      `machine load average (1 min): ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
      `engine breakdown (median ms): ${breakdown.map(([part, ms]) => `${part} ${ms.toFixed(1)}`).join(', ')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
