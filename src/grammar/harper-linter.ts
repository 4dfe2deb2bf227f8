import { Dialect, LocalLinter, SuggestionKind, type Lint } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';
import { BoundedCache } from '../cache/bounded-cache.js';
import { toUtf16Span } from './harper-span.js';
import { NEWS_SELECTION, type HarperDialect, type HarperSelection } from './harper-selection.js';

/** One Harper lint, in newslint's terms. */
export interface HarperFinding {
  /** Harper's lint kind (`Agreement`, `Typo`, …); see HARPER_RULES. */
  lintKind: string;
  /** Harper's name for the lint that fired (`AnA`, `ItsContraction`, …). */
  ruleName: string;
  message: string;
  /** UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  /** Replacement texts for the whole span; `''` removes it. */
  suggestions: string[];
}

const DIALECTS: Record<HarperDialect, Dialect> = {
  american: Dialect.American,
  british: Dialect.British,
  australian: Dialect.Australian,
  canadian: Dialect.Canadian,
  indian: Dialect.Indian,
};

const CURLY_APOSTROPHE = '\u2019';

// One linter per dialect and lint switches: each keeps Harper's own sentence cache warm, and building
// one costs milliseconds once the WebAssembly module (about a second) is loaded.
const linters = new Map<string, Promise<LocalLinter>>();

// Findings of texts linted lately, by selection and text. Harper's own cache still parses a text it
// has seen (about 25 ms per 1,000 words); a hit here costs nothing, which is what re-linting an
// edited article paragraph by paragraph needs (see bench/grammar/HARPER.md).
const recentFindings = new BoundedCache<string, readonly HarperFinding[]>(4096);

/** Lints `text` (plain prose) with harper.js and returns the findings of the selected kinds, in text order. */
export async function lintWithHarper(
  text: string,
  selection: HarperSelection = NEWS_SELECTION,
): Promise<HarperFinding[]> {
  const key = `${selectionKey(selection)}\n${text}`;
  const cached = recentFindings.get(key) ?? (await lintUncached(text, selection));
  recentFindings.set(key, cached);
  // Copies, so a caller that edits its findings cannot change what the next caller gets.
  return cached.map((finding) => ({ ...finding, suggestions: [...finding.suggestions] }));
}

async function lintUncached(text: string, selection: HarperSelection): Promise<HarperFinding[]> {
  const linter = await sharedLinter(selection);
  // Harper only reads the typewriter apostrophe: it flags "she don't" but not "she don’t". Both are
  // one UTF-16 unit, so the swap keeps every offset.
  const typewriter = text.replaceAll(CURLY_APOSTROPHE, "'");
  let groups: Record<string, Lint[]>;
  try {
    groups = await linter.organizedLints(typewriter, { language: 'plaintext', dedup: selection.keepOverlaps !== true });
  } catch (error) {
    // A Rust panic inside the module surfaces as a bare "unreachable".
    throw new Error(`harper.js failed while linting: ${(error as Error).message}`);
  }
  const apostrophe = text.includes(CURLY_APOSTROPHE) ? CURLY_APOSTROPHE : "'";
  const kinds = selection.kinds === null ? null : new Set(selection.kinds);
  const findings: HarperFinding[] = [];
  for (const [ruleName, lints] of Object.entries(groups)) {
    for (const lint of lints) {
      // Lints live in WebAssembly memory; free them now rather than whenever the GC runs.
      try {
        if (kinds !== null && !kinds.has(lint.lint_kind())) continue;
        findings.push(toFinding(text, typewriter, ruleName, lint, apostrophe));
      } finally {
        lint.free();
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function selectionKey(selection: HarperSelection): string {
  const switches = Object.entries(selection.lints).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([selection.dialect, switches, selection.others ?? 'default', selection.keepOverlaps === true, selection.kinds]);
}

function sharedLinter(selection: HarperSelection): Promise<LocalLinter> {
  // Kinds only filter the output, so selections that differ in kinds alone share a linter.
  const key = selectionKey({ ...selection, kinds: null });
  let linter = linters.get(key);
  if (linter === undefined) {
    linter = createLinter(selection);
    linters.set(key, linter);
    // A failed start is not cached, so a later call reports the error again instead of a stale promise.
    linter.catch(() => linters.delete(key));
  }
  return linter;
}

async function createLinter(selection: HarperSelection): Promise<LocalLinter> {
  try {
    await slimBinary.setup();
  } catch (error) {
    throw new Error(`Cannot load harper.js WebAssembly: ${(error as Error).message}`);
  }
  const linter = new LocalLinter({ binary: slimBinary, dialect: DIALECTS[selection.dialect] });
  const known = await linter.getDefaultLintConfig();
  // Harper silently ignores names it does not know, which would hide a lint renamed upstream.
  const unknown = Object.keys(selection.lints).find((name) => !(name in known));
  if (unknown !== undefined) {
    await linter.dispose();
    throw new Error(`harper.js has no lint named "${unknown}"`);
  }
  // An allow-list switches every other lint off explicitly, so Harper runs only the chosen ones.
  const others = selection.others === 'off' ? Object.fromEntries(Object.keys(known).map((name) => [name, false])) : {};
  await linter.setLintConfig({ ...others, ...selection.lints });
  return linter;
}

function toFinding(
  text: string,
  typewriter: string,
  ruleName: string,
  lint: Lint,
  apostrophe: string,
): HarperFinding {
  const span = lint.span();
  const { start, end } = toUtf16Span(typewriter, span.start, span.end, lint.get_problem_text());
  span.free();
  const problem = text.slice(start, end);
  const suggestions = lint.suggestions().map((suggestion) => {
    const kind = suggestion.kind();
    // Replacements follow the copy's own apostrophes.
    const inserted = suggestion.get_replacement_text().replaceAll("'", apostrophe);
    suggestion.free();
    if (kind === SuggestionKind.Remove) return '';
    return kind === SuggestionKind.InsertAfter ? problem + inserted : inserted;
  });
  return { lintKind: lint.lint_kind(), ruleName, message: lint.message(), start, end, suggestions };
}
