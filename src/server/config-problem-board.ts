import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';

/** Publishes diagnostics for one URI (with the document version when there is one). */
export type Publish = (uri: string, diagnostics: LspDiagnostic[], version?: number) => void;

/**
 * The config files currently showing a problem. Several documents can trip over the same file; it shows
 * the problem once, and clears it when the configuration is read again.
 */
export class ConfigProblemBoard {
  private readonly shown = new Map<string, string>();

  constructor(private readonly publish: Publish) {}

  /** Shows `diagnostic` as the only diagnostic of the config file at `uri`. */
  show(uri: string, diagnostic: LspDiagnostic): void {
    const key = JSON.stringify(diagnostic);
    if (this.shown.get(uri) === key) return;
    this.shown.set(uri, key);
    this.publish(uri, [diagnostic]);
  }

  /** Takes every shown problem down (before configuration is read again). */
  clear(): void {
    for (const uri of this.shown.keys()) this.publish(uri, []);
    this.shown.clear();
  }
}
