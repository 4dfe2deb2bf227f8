import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../../src/package-root.js';

/**
 * Write N articles from a news corpus (JSON lines with `title` and `paragraphs`) into a folder, as
 * plain-text files with the headline first, for the speed benchmark. Usage:
 *   node dist/bench/speed/make-articles.js <corpus.jsonl> <count> [folder (default /tmp/newslint-articles-<count>)]
 * The folder must be outside the repository: corpus text never enters the project.
 */
async function main(argv: string[]): Promise<number> {
  const [corpus, countText, folderArg] = argv;
  const count = Number(countText);
  if (!corpus || !Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: make-articles <corpus.jsonl> <count> [folder]\n');
    return 2;
  }
  const folder = resolve(folderArg ?? `/tmp/newslint-articles-${count}`);
  if (!relative(PACKAGE_ROOT, folder).startsWith('..')) {
    process.stderr.write(`make-articles: ${folder} is inside the repository; pick a folder elsewhere (e.g. under /tmp)\n`);
    return 2;
  }
  await mkdir(folder, { recursive: true });
  let written = 0;
  const lines = createInterface({ input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (written === count) break;
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { title?: string; paragraphs?: string[] };
    if (!record.title || !record.paragraphs?.length) continue;
    const name = `article-${String(written + 1).padStart(5, '0')}.txt`;
    await writeFile(join(folder, name), `${record.title}\n\n${record.paragraphs.join('\n\n')}\n`);
    written++;
  }
  lines.close();
  process.stdout.write(`wrote ${written} articles to ${folder}\n`);
  return written === count ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
