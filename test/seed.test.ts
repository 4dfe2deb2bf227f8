import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../src/index.js';

const SEED = join(import.meta.dirname, '..', 'seeds', 'kim-jong-un-china-visit.txt');

it('reports the same diagnostics on the seed article (snapshot; update with `npx vitest run -u` after a deliberate change)', async () => {
  const { diagnostics } = await lint(readFileSync(SEED, 'utf8'), { filePath: SEED });
  const lines = diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId}: ${d.message}${d.expected.length > 0 ? ` → ${JSON.stringify(d.expected)}` : ''}`);
  expect(lines.join('\n')).toMatchSnapshot();
});
