import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprintDiagnostics } from '../baseline/fingerprint.js';
import type { Diagnostic, Severity } from '../engine/types.js';
import { displayPath } from './display-path.js';
import type { Reporter, RuleSummary } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SOURCE_ROOT = '%SRCROOT%';
/** Versioned so a change to the fingerprint recipe is not mistaken for new findings by code scanning. */
const FINGERPRINT_KEY = 'newslintContentFingerprint/v1';

/** SARIF 2.1.0 for code-scanning tools: rule metadata, one result per finding, content fingerprints. */
export const sarif: Reporter = (results, context) => {
  const ruleIds = [...new Set([...Object.keys(context.rules), ...results.flatMap((result) => result.diagnostics.map((d) => d.ruleId))])].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.filePath, context.cwd);
    const fingerprints = fingerprintDiagnostics(result.source, result.diagnostics);
    return result.diagnostics.map((diagnostic, i) => ({
      ruleId: diagnostic.ruleId,
      ruleIndex: ruleIndex.get(diagnostic.ruleId)!,
      level: LEVEL[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: regionOf(diagnostic) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${fingerprints[i].fingerprint}:${fingerprints[i].occurrence}` },
      ...(diagnostic.expected.length > 0 ? { fixes: diagnostic.expected.map((text) => fixOf(diagnostic, text, location)) } : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newslint',
            version: context.version,
            semanticVersion: context.version,
            rules: ruleIds.map((id) => ruleDescriptor(id, context.rules[id])),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function ruleDescriptor(id: string, rule: RuleSummary | undefined) {
  return {
    id,
    shortDescription: { text: rule?.description || id },
    ...(rule?.url ? { helpUri: rule.url } : {}),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
    properties: { tags: rule ? [rule.kind] : [], ...(rule ? { source: rule.source, fixable: rule.fixable } : {}) },
  };
}

function artifactLocation(filePath: string, cwd: string) {
  const shown = displayPath(filePath, cwd);
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  if (!isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function regionOf(diagnostic: Diagnostic) {
  return {
    startLine: diagnostic.line,
    startColumn: diagnostic.column,
    endLine: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
  };
}

function fixOf(diagnostic: Diagnostic, text: string, location: ReturnType<typeof artifactLocation>) {
  return {
    description: { text: text === '' ? `Delete \`${diagnostic.actual}\`` : `Replace with \`${text}\`` },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: regionOf(diagnostic), insertedContent: { text } }] }],
  };
}
