import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { ConfigError } from '../config/index.js';

/** A configuration that could not be used, shown as one diagnostic. */
export interface ConfigProblem {
  /** The config file's URI, when the problem is in a file (not, say, a missing plugin with no file). */
  configUri: string | undefined;
  /** The diagnostic placed at the offending key in the config file. */
  atConfig: LspDiagnostic;
  /** The same problem as it reads at the top of a document that the config governs. */
  atDocument: LspDiagnostic;
}

/** Turns a failure to resolve configuration into diagnostics, keeping the one-line message users see in the CLI. */
export function describeConfigProblem(error: unknown): ConfigProblem {
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const file = error instanceof ConfigError && isAbsolute(error.file) ? error.file : undefined;
  const rest = file && message.startsWith(`${file}:`) ? message.slice(file.length + 1) : message;
  const place = /^(\d+):(\d+): /.exec(rest);
  const problem = file ? rest.slice(place ? place[0].length : 0).trim() : message;
  const line = place ? Number(place[1]) - 1 : 0;
  const character = place ? Number(place[2]) - 1 : 0;
  const configUri = file ? pathToFileURL(file).href : undefined;
  const base = { severity: DiagnosticSeverity.Error, source: 'newslint', code: 'config' } as const;
  return {
    configUri,
    atConfig: { ...base, range: { start: { line, character }, end: { line, character } }, message: problem },
    atDocument: {
      ...base,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `Configuration problem, nothing checked: ${message}`,
      ...(configUri ? { relatedInformation: [{ location: { uri: configUri, range: { start: { line, character }, end: { line, character } } }, message: problem }] } : {}),
    },
  };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}
