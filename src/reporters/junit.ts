import { displayPath } from './display-path.js';
import { severityLabel } from './severity-label.js';
import type { Reporter } from './types.js';

/** JUnit XML for CI dashboards: one test suite per file, one failing test case per finding. */
export const junit: Reporter = (results, context) => {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  const total = results.reduce((sum, result) => sum + Math.max(1, result.diagnostics.length), 0);
  const failures = results.reduce((sum, result) => sum + result.diagnostics.length, 0);
  lines.push(`<testsuites name="newslint" tests="${total}" failures="${failures}" errors="0" time="0">`);
  for (const result of results) {
    const path = attribute(displayPath(result.filePath, context.cwd));
    const count = result.diagnostics.length;
    lines.push(`<testsuite package="newslint" name="${path}" tests="${Math.max(1, count)}" failures="${count}" errors="0" time="0">`);
    if (count === 0) lines.push(`<testcase time="0" name="${path}" classname="${path}" />`);
    for (const diagnostic of result.diagnostics) {
      const label = severityLabel(diagnostic.severity);
      const detail = `line ${diagnostic.line}, col ${diagnostic.column}, ${label} - ${diagnostic.message} (${diagnostic.ruleId})`;
      lines.push(`<testcase time="0" name="newslint.${attribute(diagnostic.ruleId)}" classname="${path}">`);
      lines.push(`<failure message="${attribute(diagnostic.message)}" type="${label}">${cdata(detail)}</failure>`);
      lines.push('</testcase>');
    }
    lines.push('</testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

// XML 1.0 cannot carry most control characters even escaped; drop them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for a double-quoted XML attribute. */
export function attribute(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

/** Wrap text in CDATA, splitting any `]]>` it contains. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
