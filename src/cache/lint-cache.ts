import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../engine/types.js';

/** The default cache file name, in the working folder. */
export const CACHE_FILE = '.newslintcache';
/** Bumped when the cache layout changes. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  /** Hash of the file's text. */
  content: string;
  /** Hash of the configuration that applied to it. */
  config: string;
  diagnostics: Diagnostic[];
}

interface CacheData {
  format: number;
  /** Results from another newslint version are never reused: its rules may differ. */
  version: string;
  /** Keyed by path relative to the cache file, so a moved checkout keeps its cache. */
  files: Record<string, CacheEntry>;
}

/** Lint results remembered between runs, keyed by file content and configuration. */
export class LintCache {
  private hits = 0;
  private misses = 0;
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly data: CacheData,
  ) {}

  /** Open the cache at `location`; a missing, unreadable or outdated cache starts empty. */
  static async open(location: string, version: string): Promise<LintCache> {
    const empty: CacheData = { format: CACHE_FORMAT, version, files: {} };
    try {
      const data = JSON.parse(await readFile(location, 'utf8')) as CacheData;
      const usable = data?.format === CACHE_FORMAT && data.version === version && typeof data.files === 'object' && data.files !== null;
      return new LintCache(location, usable ? data : empty);
    } catch {
      return new LintCache(location, empty);
    }
  }

  /** The remembered diagnostics when both the content and the config are unchanged. */
  get(filePath: string, content: string, config: string): Diagnostic[] | undefined {
    const entry = this.data.files[this.keyOf(filePath)];
    if (entry && entry.content === content && entry.config === config) {
      this.hits++;
      return entry.diagnostics;
    }
    this.misses++;
    return undefined;
  }

  /** Remember a file's diagnostics. */
  set(filePath: string, content: string, config: string, diagnostics: Diagnostic[]): void {
    this.data.files[this.keyOf(filePath)] = { content, config, diagnostics };
    this.changed = true;
  }

  /** Hits and misses so far, for `--debug`. */
  stats(): { hits: number; misses: number } {
    return { hits: this.hits, misses: this.misses };
  }

  /** Write the cache if anything changed; atomically, so a killed run never leaves half a file. */
  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(dirname(this.location), { recursive: true });
    // Loaded on demand, so runs without --cache do not pay for it at start-up.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(this.location, JSON.stringify(this.data));
  }

  private keyOf(filePath: string): string {
    const path = relative(dirname(this.location), resolve(filePath));
    return isAbsolute(path) ? path : path.split(sep).join('/');
  }
}
