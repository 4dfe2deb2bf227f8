import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import { confusedWord } from '../../rules/confused-word.js';
import { harperGrammar } from '../../rules/harper-grammar.js';

/** A rule that flags every "target" with the given replacements (engine tests only). */
function targetFinder(id: string, expected: string[], secondOpinion: boolean): Rule {
  return {
    meta: {
      id,
      kind: 'usage',
      description: 'Flags "target" (engine tests only)',
      severity: 'warning',
      fixable: false,
      defaults: {},
      schema: {},
      messages: { found: 'Found "target"' },
      secondOpinion,
    },
    create(context) {
      return {
        word(word) {
          if (word.lower === 'target') context.report({ messageId: 'found', node: word, expected });
        },
      };
    },
  };
}

function configOf(...rules: Rule[]): ResolvedConfig {
  return {
    rules: new Map(rules.map((rule) => [rule.meta.id, { rule, severity: rule.meta.severity, options: {}, source: 'newslint' }])),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
}

async function ruleIds(text: string, ...rules: Rule[]): Promise<string[]> {
  return (await lint(text, { config: configOf(...rules), format: 'text' })).diagnostics.map((diagnostic) => diagnostic.ruleId);
}

describe('merging second opinions', () => {
  const text = 'The target was met.';
  const ours = targetFinder('ours', ['goal'], false);

  it('keeps the first-hand diagnostic when a second opinion has the same span and fix', async () => {
    expect(await ruleIds(text, targetFinder('second', ['goal', 'aim'], true), ours)).toEqual(['ours']);
  });

  it('keeps both when the fixes differ', async () => {
    expect(await ruleIds(text, ours, targetFinder('second', ['aim'], true))).toEqual(['ours', 'second']);
  });

  it('keeps a second opinion that offers no fix', async () => {
    expect(await ruleIds(text, ours, targetFinder('second', [], true))).toEqual(['ours', 'second']);
  });

  it('keeps both when neither rule is a second opinion', async () => {
    expect(await ruleIds(text, ours, targetFinder('other', ['goal'], false))).toEqual(['other', 'ours']);
  });

  it('keeps the first-hand diagnostic when a second opinion fixes a wider span to the same text', async () => {
    const wider: Rule = {
      ...targetFinder('second', [], true),
      create(context) {
        return {
          word(word) {
            if (word.lower === 'target') context.report({ messageId: 'found', range: { start: word.start - 4, end: word.end }, expected: ['The goal'] });
          },
        };
      },
    };
    expect(await ruleIds(text, wider, ours)).toEqual(['ours']);
    expect(await ruleIds(text, wider, targetFinder('ours', ['aim'], false))).toEqual(['second', 'ours']);
  });

  it('reports "less then" once, from confused-word, when harper-grammar flags it too', async () => {
    const slip = 'Sales were less then forecast in the third quarter.';
    expect(await ruleIds(slip, harperGrammar)).toEqual(['harper-grammar']);
    expect(await ruleIds(slip, harperGrammar, confusedWord)).toEqual(['confused-word']);
  });
});
