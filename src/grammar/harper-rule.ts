import type { Rule, RuleContext, RuleKind, Severity } from '../engine/types.js';
import { harperFindings } from './harper-document.js';
import type { HarperFinding } from './harper-linter.js';
import { harperKindsOf } from './harper-rules.js';
import { widenInsertion } from './harper-span.js';

/** Harper rules have no options. */
export type Options = Record<string, never>;

/** What sets one Harper rule apart from the others. */
export interface HarperRuleMeta {
  id: string;
  kind: RuleKind;
  severity: Severity;
  description: string;
}

/** A newslint rule reporting the findings of the Harper lint kinds that HARPER_RULES maps to `meta.id`. */
export function harperRule(meta: HarperRuleMeta): Rule<Options> {
  const kinds = new Set(harperKindsOf(meta.id));
  if (kinds.size === 0) throw new Error(`No Harper lint kind maps to ${meta.id} in HARPER_RULES`);
  return {
    meta: {
      ...meta,
      // Harper offers a replacement, not a judgement of whether it fits, so nothing is applied unattended.
      fixable: false,
      defaults: {},
      schema: {},
      messages: { harper: '{{message}}' },
      // harper.js costs about 1 s to load and ~175 ms per 1,000 words: opt-in (rules/harper-grammar.md).
      recommended: false,
      // Harper checks a/an, then/than and agreement too; newslint's own rule wins a tie (same span, same fix).
      secondOpinion: true,
    },
    create(context) {
      return {
        async document(document) {
          reportHarperFindings(context, document.source, (await harperFindings(document)).filter((finding) => kinds.has(finding.lintKind)));
        },
      };
    },
  };
}

/**
 * Reports Harper's findings under message id `harper`: an insertion underlined on the word it goes
 * before, Harper's message without its full stop, and no fix applied unattended, since Harper offers a
 * replacement, not a judgement of whether it fits.
 */
export function reportHarperFindings(context: RuleContext, source: string, findings: readonly HarperFinding[]): void {
  for (const finding of findings) {
    const { span, replacements } = widenInsertion(source, finding, finding.suggestions);
    context.report({ messageId: 'harper', data: { message: plainMessage(finding.message) }, range: span, expected: replacements, safe: false });
  }
}

// House style for messages: no trailing period.
function plainMessage(message: string): string {
  return message.trim().replace(/\.$/, '');
}
