import type { Root as NlcstRoot } from 'nlcst';
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
}

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
  return {
    meta,
    create(context, options) {
      return {
        async document(document) {
          const file = new VFile({ path: document.filePath, value: document.source });
          await processorFor(options).run(document.nlcst, file);
          for (const message of file.messages) {
            context.report({
              messageId: 'plugin',
              data: { message: message.reason },
              range: spanOf(message, document, file),
              ...(typeof message.actual === 'string' ? { actual: message.actual } : {}),
              ...(Array.isArray(message.expected) ? { expected: message.expected.map(String) } : {}),
              // `file.info()` leaves `fatal` unset: the plugin itself calls it a hint.
              ...(message.fatal === undefined ? { severity: 'info' as const } : {}),
            });
          }
        },
      };
    },
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
