import { join } from 'node:path';
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import { retextRule } from '../../src/plugins/retext-rule.js';
import { makeProject } from '../config/temp-project.js';

interface FlagOptions {
  word: string;
  /** How the message gives its place: a range, a point with or without an offset, or none. */
  place: 'range' | 'point' | 'line-column' | 'none';
  info: boolean;
}

let attached = 0;

/** A tiny retext plugin: flags every occurrence of one word, placing the message as told. */
function retextFlagWord(options?: FlagOptions) {
  attached++;
  const settings = options!;
  return (tree: Root, file: VFile) => {
    visit(tree, 'WordNode', (node) => {
      if (toString(node) !== settings.word) return;
      const { start, end } = node.position!;
      const place =
        settings.place === 'range' ? { start, end } : settings.place === 'point' ? start : settings.place === 'line-column' ? { line: start.line, column: start.column } : undefined;
      const message = settings.info ? file.info(`Unexpected \`${settings.word}\``, { place }) : file.message(`Unexpected \`${settings.word}\``, { place });
      message.actual = settings.word;
      message.expected = ['said'];
    });
  };
}

const flagWord = retextRule<FlagOptions>({
  id: 'flag-word',
  kind: 'usage',
  description: 'Flags one word',
  plugin: retextFlagWord,
  defaults: { word: 'stated', place: 'range', info: false },
  schema: { word: { type: 'string' }, place: { type: 'string', enum: ['range', 'point', 'line-column', 'none'] }, info: { type: 'boolean' } },
  severity: 'warning',
});

function configWith(rule: Rule, options: Record<string, unknown> = {}, source = 'retext-flag-word'): ResolvedConfig {
  return {
    rules: new Map([[rule.meta.id, { rule, severity: 'error', options: { ...rule.meta.defaults, ...options }, source }]]),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
}

const TEXT = 'The mayor resigned.\n\nA spokesman stated that talks had ended.';
const STATED = TEXT.indexOf('stated');

describe('retextRule', () => {
  it("reports each message at its place, with the plugin's message, actual and expected", async () => {
    const { diagnostics } = await lint(TEXT, { config: configWith(flagWord) });
    expect(diagnostics).toMatchObject([
      {
        ruleId: 'flag-word',
        source: 'retext-flag-word',
        kind: 'usage',
        severity: 'error',
        messageId: 'plugin',
        message: 'Unexpected `stated`',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 19,
        offset: STATED,
        endOffset: STATED + 6,
        actual: 'stated',
        expected: ['said'],
        safe: false,
      },
    ]);
  });

  it('widens a bare point to the word there, with or without an offset', async () => {
    for (const place of ['point', 'line-column']) {
      const { diagnostics } = await lint(TEXT, { config: configWith(flagWord, { place }) });
      expect(diagnostics.map((d) => [d.offset, d.endOffset]), place).toEqual([[STATED, STATED + 6]]);
    }
  });

  it('puts a message without a place at the start of the document', async () => {
    const { diagnostics } = await lint(TEXT, { config: configWith(flagWord, { place: 'none' }) });
    expect(diagnostics.map((d) => [d.offset, d.endOffset, d.message])).toEqual([[0, 0, 'Unexpected `stated`']]);
  });

  it("lowers file.info() messages to info, the plugin's own word for a hint", async () => {
    const { diagnostics } = await lint(TEXT, { config: configWith(flagWord, { info: true }) });
    expect(diagnostics.map((d) => d.severity)).toEqual(['info']);
  });

  it('attaches the plugin once per distinct options, however many files it checks', async () => {
    const before = attached;
    const config = configWith(flagWord, { word: 'talks' });
    await lint(TEXT, { config });
    await lint('Talks resumed. The talks ended.', { config });
    expect(attached - before).toBe(1);
    await lint(TEXT, { config: configWith(flagWord, { word: 'mayor' }) });
    expect(attached - before).toBe(2);
  });
});

describe('retext packages named in config', () => {
  it('loads a retext-* rule key as a rule whose id is the key and whose source is the package', async () => {
    const root = await makeProject({ '.textlintrc.json': { rules: { 'retext-indefinite-article': { severity: 'error' } } } });
    const filePath = join(root, 'story.txt');
    const config = await resolveConfig(filePath);
    expect(config.rules.get('retext-indefinite-article')).toMatchObject({ severity: 'error', source: 'retext-indefinite-article' });

    const { diagnostics } = await lint('The council bought a office in town.', { filePath, config });
    expect(diagnostics.map((d) => [d.ruleId, d.source, d.actual, d.expected, d.severity])).toEqual([
      ['retext-indefinite-article', 'retext-indefinite-article', 'a', ['an'], 'error'],
    ]);
  });
});

describe('sentence-scoped retext rules', () => {
  const flagCounting = { calls: 0 };
  const countingRule: Rule = retextRule<FlagOptions>({
    id: 'flag-sentence-word',
    kind: 'style',
    description: 'Flags a word, one sentence at a time',
    plugin: (options?: FlagOptions) => {
      const inner = retextFlagWord(options);
      return (tree: Root, file: VFile) => {
        flagCounting.calls += tree.children.length;
        inner(tree, file);
      };
    },
    defaults: { word: 'flagged', place: 'range', info: false },
    schema: { word: { type: 'string' }, place: { type: 'string' }, info: { type: 'boolean' } },
    severity: 'warning',
    scope: 'sentence',
  });
  const config: ResolvedConfig = {
    rules: new Map([['flag-sentence-word', { rule: countingRule, severity: 'warning', options: countingRule.meta.defaults, source: 'newslint' }]]),
    filters: { comments: true, allowlist: [] },
    files: [],
  };
  const spans = async (text: string) => (await lint(text, { config })).diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn}`);

  it('reuses cached sentences after an edit and still places findings right', async () => {
    const story = 'Headline\n\nOne flagged sentence here. Another clean one.\n\nA second flagged one.';
    expect(await spans(story)).toEqual(['3:5-12', '5:10-17']);
    const before = flagCounting.calls;
    expect(await spans(`Headline\n\nA new opening paragraph.\n\n${story.slice('Headline\n\n'.length)}`)).toEqual(['5:5-12', '7:10-17']);
    // Only the new paragraph's sentence was checked again.
    expect(flagCounting.calls - before).toBe(1);
  });
});

describe('retextRule with an excerpt', () => {
  const handed: string[] = [];
  const isFlagged = (node: Parameters<typeof toString>[0]) => toString(node) === 'flagged';
  const excerptRule = retextRule<FlagOptions>({
    id: 'flag-excerpt-word',
    kind: 'style',
    description: 'Flags a word, reading only the stretch of a sentence from it on',
    plugin: (options?: FlagOptions) => {
      const inner = retextFlagWord(options);
      return (tree: Root, file: VFile) => {
        handed.push(toString(tree));
        inner(tree, file);
      };
    },
    defaults: { word: 'flagged', place: 'range', info: false },
    schema: { word: { type: 'string' }, place: { type: 'string' }, info: { type: 'boolean' } },
    severity: 'warning',
    scope: 'sentence',
    skips: (sentence) => !sentence.children.some(isFlagged),
    excerpt: (sentence) => ({ ...sentence, children: sentence.children.slice(sentence.children.findIndex(isFlagged)) }),
  });
  const config: ResolvedConfig = {
    rules: new Map([['flag-excerpt-word', { rule: excerptRule, severity: 'warning', options: excerptRule.meta.defaults, source: 'newslint' }]]),
    filters: { comments: true, allowlist: [] },
    files: [],
  };

  it('hands the plugin only the excerpt and places its findings in the whole text', async () => {
    const { diagnostics } = await lint('Headline\n\nOne flagged sentence here. Another clean one.', { config });
    expect(diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn}`)).toEqual(['3:5-12']);
    expect(handed).toEqual(['flagged sentence here.']);
  });
});
