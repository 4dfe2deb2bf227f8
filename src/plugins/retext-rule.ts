import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { BoundedCache } from '../cache/bounded-cache.js';
import type { Point, Position } from 'unist';
import { unified, type Plugin, type Processor } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { NewsDocument } from '../model/document.js';
import type { OptionSchema, Rule, RuleKind, RuleMeta, Severity, Span } from '../engine/types.js';

/** What `retextRule` needs to present a retext plugin as a newslint rule. */
export interface RetextRuleSpec<Options extends object> {
  /** The rule id: its config key. */
  id: string;
  kind: RuleKind;
  description: string;
  /** The unified attacher (a retext plugin's default export). */
  plugin: Plugin<[Options?], NlcstRoot>;
  defaults: Options;
  schema: { [K in keyof Options]: OptionSchema };
  severity: Severity;
  /** Whether the plugin's `expected` replacements are safe to apply unattended (default false). */
  fixable?: boolean;
  url?: string;
  /**
   * `sentence` when the plugin judges each sentence on its own (readability, repeated words): then each
   * sentence's findings are cached by its text, so re-linting after an edit only checks changed sentences.
   */
  scope?: 'document' | 'sentence';
  /**
   * With `scope: 'sentence'`: sentences the plugin is known never to report with these options; they are
   * left out of its batch, which saves its time and changes nothing it says.
   */
  skips?: (sentence: NlcstSentence, options: Options) => boolean;
  /**
   * With `scope: 'sentence'`: the stretch of a sentence the plugin reads, when it reads only part of one.
   * The plugin walks every node it is handed, so handing it less saves time; the stretch must hold every
   * node the plugin looks at, or its findings change.
   */
  excerpt?: (sentence: NlcstSentence) => NlcstSentence;
}

/** A finding relative to the start of its sentence, as cached. */
interface CachedFinding {
  start: number;
  end: number;
  reason: string;
  actual?: string;
  expected?: string[];
  hint: boolean;
}

const SENTENCE_CACHE_SIZE = 20_000;

type NlcstProcessor = Processor<undefined, NlcstRoot, NlcstRoot>;
type VFileMessage = VFile['messages'][number];

/**
 * Run a retext plugin as a rule: its transformer checks `document.nlcst` (already in source
 * coordinates) and each VFileMessage becomes a report. Plugins must only read the tree, as checkers do.
 */
export function retextRule<Options extends object>(spec: RetextRuleSpec<Options>): Rule<Options> {
  const processors = new Map<string, NlcstProcessor>();
  const processorFor = (options: Options): NlcstProcessor => {
    const key = JSON.stringify(options);
    let processor = processors.get(key);
    if (!processor) {
      // Built once per distinct options: attaching a plugin can be costly (word lists, regexes).
      processor = unified().use(spec.plugin, options).freeze() as unknown as NlcstProcessor;
      processors.set(key, processor);
    }
    return processor;
  };
  const meta: RuleMeta<Options> = {
    id: spec.id,
    kind: spec.kind,
    description: spec.description,
    severity: spec.severity,
    fixable: spec.fixable ?? false,
    defaults: spec.defaults,
    schema: spec.schema,
    messages: { plugin: '{{message}}' },
    ...(spec.url === undefined ? {} : { url: spec.url }),
  };
  const sentenceCache = new BoundedCache<string, CachedFinding[]>(SENTENCE_CACHE_SIZE);
  return {
    meta,
    create(context, options) {
      return {
        async document(document) {
          const processor = processorFor(options);
          const findings = spec.scope === 'sentence' ? await checkSentences(processor, document, sentenceCache, JSON.stringify(options), spec.skips && ((sentence) => spec.skips!(sentence, options)), spec.excerpt) : await checkDocument(processor, document);
          for (const finding of findings) {
            context.report({
              messageId: 'plugin',
              data: { message: finding.reason },
              range: { start: finding.start, end: finding.end },
              ...(finding.actual === undefined ? {} : { actual: finding.actual }),
              ...(finding.expected === undefined ? {} : { expected: finding.expected }),
              ...(finding.hint ? { severity: 'info' as const } : {}),
            });
          }
        },
      };
    },
  };
}

/** Runs the plugin over the whole document tree. */
async function checkDocument(processor: NlcstProcessor, document: NewsDocument): Promise<CachedFinding[]> {
  const file = new VFile({ path: document.filePath, value: document.source });
  await processor.run(document.nlcst, file);
  return file.messages.map((message) => toFinding(message, spanOf(message, document, file)));
}

/** Runs the plugin only over sentences it has not seen (by text), in one batch, and reuses the rest. */
async function checkSentences(
  processor: NlcstProcessor,
  document: NewsDocument,
  cache: BoundedCache<string, CachedFinding[]>,
  optionsKey: string,
  skips?: (sentence: NlcstSentence) => boolean,
  excerpt: (sentence: NlcstSentence) => NlcstSentence = (sentence) => sentence,
): Promise<CachedFinding[]> {
  const sentences = document.nlcst.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? paragraph.children.filter((node): node is NlcstSentence => node.type === 'SentenceNode') : [],
  );
  // Each key is built once: it copies and hashes the sentence's whole text.
  const keys = new Map(sentences.map((sentence) => [sentence, `${optionsKey}\0${document.textOf(spanOfNode(sentence))}`]));
  const keyOf = (sentence: NlcstSentence) => keys.get(sentence)!;
  // This document's findings by sentence text, kept apart from the shared cache, which may evict
  // entries while a very large document is being checked.
  const known = new Map<string, CachedFinding[]>();
  // One sentence per unseen text: copy repeats itself (datelines, boilerplate, quoted refrains).
  const fresh: NlcstSentence[] = [];
  for (const sentence of sentences) {
    const key = keyOf(sentence);
    if (known.has(key)) continue;
    const cached = cache.get(key);
    if (cached) known.set(key, cached);
    else if (skips?.(sentence)) known.set(key, []);
    else {
      known.set(key, []);
      fresh.push(sentence);
    }
  }
  if (fresh.length > 0) {
    const batch: NlcstRoot = { type: 'RootNode', children: fresh.map((sentence) => ({ type: 'ParagraphNode', children: [excerpt(sentence)] })) };
    const file = new VFile({ path: document.filePath, value: document.source });
    await processor.run(batch, file);
    for (const message of file.messages) {
      const span = spanOf(message, document, file);
      const owner = sentenceAt(fresh, span.start);
      if (!owner) continue;
      const base = spanOfNode(owner).start;
      known.get(keyOf(owner))!.push({ ...toFinding(message, span), start: span.start - base, end: span.end - base });
    }
    for (const sentence of fresh) {
      const key = keyOf(sentence);
      cache.set(key, known.get(key)!);
    }
  }
  return sentences.flatMap((sentence) => {
    const base = spanOfNode(sentence).start;
    return known.get(keyOf(sentence))!.map((finding) => ({ ...finding, start: finding.start + base, end: finding.end + base }));
  });
}

/** The last sentence (in document order) starting at or before `offset`. */
function sentenceAt(sentences: NlcstSentence[], offset: number): NlcstSentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  let found: NlcstSentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spanOfNode(sentences[middle]).start <= offset) {
      found = sentences[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function spanOfNode(node: NlcstSentence): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function toFinding(message: VFileMessage, span: Span): CachedFinding {
  return {
    start: span.start,
    end: span.end,
    reason: message.reason,
    ...(typeof message.actual === 'string' ? { actual: message.actual } : {}),
    ...(Array.isArray(message.expected) ? { expected: message.expected.map(String) } : {}),
    // `file.info()` leaves `fatal` unset: the plugin itself calls it a hint.
    hint: message.fatal === undefined,
  };
}

/** Where a message points: its place's range, the word at a bare point, or the document start. */
function spanOf(message: VFileMessage, document: NewsDocument, file: VFile): Span {
  const place = message.place;
  if (!place) return { start: 0, end: 0 };
  if ('start' in place) {
    const start = offsetOf(place.start, file);
    const end = offsetOf(place.end, file);
    if (start !== undefined && end !== undefined) return { start, end: Math.max(start, end) };
    if (start !== undefined) return wordAt(start, document);
    return { start: 0, end: 0 };
  }
  const offset = offsetOf(place, file);
  return offset === undefined ? { start: 0, end: 0 } : wordAt(offset, document);
}

function offsetOf(point: Point | Position['start'] | undefined, file: VFile): number | undefined {
  if (!point) return undefined;
  if (typeof point.offset === 'number') return point.offset;
  return location(file).toOffset(point);
}

/** The word covering `offset`, or one character there when no word does. */
function wordAt(offset: number, document: NewsDocument): Span {
  const { words } = document;
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const word = words[middle];
    if (offset < word.start) high = middle - 1;
    else if (offset >= word.end) low = middle + 1;
    else return { start: word.start, end: word.end };
  }
  return { start: offset, end: Math.min(offset + 1, document.source.length) };
}
