import { createHash } from 'node:crypto';
import type { Diagnostic } from '../engine/types.js';

/** A finding's identity that does not depend on where it sits in the file. */
export interface Fingerprint {
  /** Hash of the rule id, the flagged text and the words around it. */
  fingerprint: string;
  /** How many earlier findings in the same file share the fingerprint (0 for the first). */
  occurrence: number;
}

/** How many words each side of the flagged text take part in the fingerprint. */
const CONTEXT_WORDS = 3;
/** How far each side to look for those words; a paragraph break stops the search sooner. */
const CONTEXT_REACH = 120;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const MARKUP_TAG = /<[^<>]*>/g;

/**
 * Fingerprint each diagnostic of one file by content, not position, so an edit that moves lines
 * elsewhere keeps its identity; duplicates in identical surroundings are told apart by `occurrence`.
 */
export function fingerprintDiagnostics(source: string, diagnostics: readonly Diagnostic[]): Fingerprint[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const fingerprint = fingerprintOf(source, diagnostic);
    const occurrence = seen.get(fingerprint) ?? 0;
    seen.set(fingerprint, occurrence + 1);
    return { fingerprint, occurrence };
  });
}

function fingerprintOf(source: string, diagnostic: Diagnostic): string {
  const flagged = normaliseText(diagnostic.actual || source.slice(diagnostic.offset, diagnostic.endOffset));
  const beforeText = source.slice(Math.max(0, diagnostic.offset - CONTEXT_REACH), diagnostic.offset).split(PARAGRAPH_BREAK).at(-1) ?? '';
  const afterText = source.slice(diagnostic.endOffset, diagnostic.endOffset + CONTEXT_REACH).split(PARAGRAPH_BREAK)[0];
  const before = wordsOf(beforeText).slice(-CONTEXT_WORDS);
  const after = wordsOf(afterText).slice(0, CONTEXT_WORDS);
  return createHash('sha256')
    .update([diagnostic.ruleId, flagged, before.join(' '), after.join(' ')].join('\u0000'))
    .digest('hex')
    .slice(0, 24);
}

/** Case, Unicode form, quote style and line wrapping do not change what was flagged. */
function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  return (normaliseText(text.replace(MARKUP_TAG, ' ')).match(WORD) ?? []) as string[];
}
