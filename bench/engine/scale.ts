/**
 * Does time and memory grow linearly with input size? Lints generated articles of 0.1, 1 and 10 MB with
 * the recommended rules and prints seconds, MB/s and peak RSS. Usage: node dist/bench/engine/scale.js [sizesInMB...]
 */
import { lint } from '../../src/index.js';

const SENTENCES = [
  'The council voted on Tuesday to close two libraries in the north of the city.',
  'Officials said the decision would save about £2m a year, a figure campaigners dispute.',
  '"We will keep fighting for these buildings," said Maria Lopez, who chairs the residents group.',
  'The mayor, speaking after the meeting, admitted that the cuts were painful but necessary.',
  'A consultation held last spring drew more than 4,000 responses, most of them opposed.',
  'Both libraries opened in the 1960s and host reading groups, job clubs and homework sessions.',
];

/** Writes an article of roughly `bytes` characters; a district number makes every sentence unique, so no cache flatters the figure. */
function makeArticle(bytes: number): string {
  const paragraphs = ['Council votes to close two city libraries'];
  let size = paragraphs[0].length;
  for (let i = 0; size < bytes; i++) {
    const district = (sentence: string) => sentence.replace(/\.$/, ` in district ${i}.`);
    const paragraph = [district(SENTENCES[i % SENTENCES.length]), district(SENTENCES[(i * 5 + 1) % SENTENCES.length])].join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
await lint('Warm up.\n\nOne sentence here.', { filePath: 'warm.txt' });
console.log('size MB | seconds | MB/s | peak RSS MB | diagnostics');
for (const megabytes of sizes.length > 0 ? sizes : [0.1, 1, 10]) {
  const text = makeArticle(megabytes * 1_000_000);
  peak = process.memoryUsage().rss;
  const started = performance.now();
  const result = await lint(text, { filePath: 'scale.txt' });
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${megabytes} | ${seconds.toFixed(2)} | ${(megabytes / seconds).toFixed(2)} | ${(peak / 1e6).toFixed(0)} | ${result.diagnostics.length}`);
}
clearInterval(sample);
