import { builtinRules } from '../../rules/index.js';

/**
 * The text of a starter `.textlintrc.json`: every built-in rule with a `//` comment saying what it
 * checks, its kind, default severity and options, switched on when it is in `newslint:recommended`.
 */
export function starterConfig(): string {
  const rules = Object.values(builtinRules)
    .map((rule) => rule.meta)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const entries = rules.map((meta, i) => {
    const options = Object.keys(meta.schema);
    const optionNote = options.length ? `; options: ${options.map((key) => `${key} (default ${JSON.stringify((meta.defaults as Record<string, unknown>)[key])})`).join(', ')}` : '';
    const comment = `    // ${meta.description} [${meta.kind}, ${meta.severity}${meta.fixable ? ', fixable' : ''}${optionNote}]`;
    const comma = i < rules.length - 1 ? ',' : '';
    return `${comment}\n    ${JSON.stringify(meta.id)}: ${meta.recommended !== false}${comma}`;
  });
  return [
    '{',
    '  // newslint configuration. A rule is `true`, `false`, or { "severity": "error" | "warning" | "info" | "off", ...options }.',
    '  "rules": {',
    ...entries,
    '  },',
    '  // Published copy to check drafts against: lines that run in other stories are page chrome (boilerplate-residue).',
    '  // "archive": ["published/"],',
    '  // Honour `newslint-disable` comments in the copy.',
    '  "filters": { "comments": true }',
    '}',
    '',
  ].join('\n');
}
