import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import { configFor } from '../rule-tester.js';
import { wordFinder } from './word-finder-rule.js';

const crashing: Rule = {
  meta: {
    id: 'crashing',
    kind: 'style',
    description: 'Throws on every sentence (engine tests only)',
    severity: 'warning',
    fixable: false,
    defaults: {},
    schema: {},
    messages: { never: 'Never reported' },
  },
  create() {
    return {
      sentence() {
        throw new Error('boom');
      },
    };
  },
};

function twoRules(...rules: Rule[]): ResolvedConfig {
  const config = configFor(rules[0]);
  for (const rule of rules.slice(1)) config.rules.set(rule.meta.id, { rule, severity: rule.meta.severity, options: rule.meta.defaults, source: 'newslint' });
  return config;
}

describe('robustness', () => {
  const cases: Array<[string, string, string[]]> = [
    ['empty', '', []],
    ['whitespace-only', ' \n\t\r\n  ', []],
    ['only a BOM', '\uFEFF', []],
    ['no sentence punctuation', 'a headline\n\na target without any full stop\nand a target on another line', ['3:3', '4:7']],
  ];
  for (const [name, text, expected] of cases) {
    it(`lints a ${name} file`, async () => {
      const { diagnostics } = await lint(text, { config: configFor(wordFinder('target')) });
      expect(diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(expected);
    });
  }

  it('turns a throwing rule into one diagnostic and keeps the other rules running', async () => {
    const { diagnostics } = await lint('First target sentence. Second target sentence.', { config: twoRules(crashing, wordFinder('target')) });
    expect(diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.message}`)).toEqual([
      'crashing error Rule `crashing` crashed and was skipped for this file: boom',
      'word-finder warning Found `target`',
      'word-finder warning Found `target`',
    ]);
  });

  it('reports an unknown messageId or an unfilled placeholder as a crash of that rule', async () => {
    const sloppy: Rule = {
      ...crashing,
      meta: { ...crashing.meta, id: 'sloppy', messages: { hole: 'Missing {{thing}}' } },
      create: (context) => ({ sentence: (sentence) => context.report({ messageId: 'hole', node: sentence }) }),
    };
    const { diagnostics } = await lint('One sentence.', { config: configFor(sloppy) });
    expect(diagnostics.map((d) => d.message)).toEqual(['Rule `sloppy` crashed and was skipped for this file: message placeholder {{thing}} has no data']);
  });
});

describe('inline directives', () => {
  const config = configFor(wordFinder('target'));
  const lines = async (text: string, format: 'text' | 'markdown' | 'html') =>
    (await lint(text, { config, format })).diagnostics.map((d) => d.line);

  it('disable, enable and disable-next-line on lines of their own in plain text', async () => {
    const text = ['One target.', 'newslint-disable word-finder', 'Two target.', 'newslint-enable word-finder', 'Three target.', 'newslint-disable-next-line', 'Four target.', 'Five target.'].join('\n');
    expect(await lines(text, 'text')).toEqual([1, 5, 8]);
  });

  it('comments in Markdown', async () => {
    const text = ['One target.', '', '<!-- newslint-disable-next-line word-finder -->', 'Two target.', '', '<!-- newslint-disable other-rule -->', '', 'Three target.'].join('\n');
    expect(await lines(text, 'markdown')).toEqual([1, 8]);
  });

  it('comments in HTML', async () => {
    const text = ['<p>One target.</p>', '<!-- newslint-disable -->', '<p>Two target.</p>', '<!-- newslint-enable -->', '<p>Three target.</p>'].join('\n');
    expect(await lines(text, 'html')).toEqual([1, 5]);
  });
});
