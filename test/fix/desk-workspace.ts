import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A throw-away folder with a `.textlintrc.json` and a local plugin, `newslint-plugin-desk`, whose rules
 * fix whatever the config tells them to, so fix and editor tests control every range and replacement.
 */
export interface DeskWorkspace {
  folder: string;
  /** Writes a file in the workspace (bytes as given, folders created) and returns its absolute path. */
  write(name: string, content: string | Buffer): string;
  /** Replaces `.textlintrc.json` with `config` (an object, or raw text for broken configs). */
  writeConfig(config: object | string): void;
  remove(): void;
}

/** Rule options for `desk/*` replace rules: a regex source, its replacements, and whether `--fix` may apply the first. */
export interface ReplaceOptions {
  find: string;
  replace: string[];
  safe?: boolean;
}

const PLUGIN_SOURCE = `
import { appendFileSync } from 'node:fs';

const replaceRule = (id, description) => ({
  meta: {
    kind: 'style',
    description,
    url: 'https://desk.example/rules/' + id,
    severity: 'warning',
    fixable: true,
    defaults: { find: '$^', replace: [], safe: true },
    schema: { find: { type: 'string' }, replace: { type: 'array', items: { type: 'string' } }, safe: { type: 'boolean' } },
    messages: { found: 'Unexpected \`{{actual}}\`, expected \`{{expected}}\`' },
  },
  create(context, options) {
    return {
      document(document) {
        for (const match of document.source.matchAll(new RegExp(options.find, 'g'))) {
          context.report({
            messageId: 'found',
            data: { actual: match[0], expected: options.replace[0] ?? '' },
            range: { start: match.index, end: match.index + match[0].length },
            expected: options.replace,
            safe: options.safe,
          });
        }
      },
    };
  },
});

export const rules = {
  spelling: replaceRule('spelling', 'Prefers the house spelling'),
  wordiness: replaceRule('wordiness', 'Prefers the short phrase'),
  hedging: replaceRule('hedging', 'Prefers the direct phrase'),
  // Stands in for a colleague saving the file while newslint works on it (files whose path contains \`match\`).
  'edit-behind-your-back': {
    meta: {
      kind: 'style',
      description: 'Appends a line to the linted file (tests only)',
      defaults: { match: '' },
      schema: { match: { type: 'string' } },
      messages: {},
    },
    create(context, options) {
      return {
        document() {
          if (context.filePath?.includes(options.match)) appendFileSync(context.filePath, 'A colleague added this line.\\n');
        },
      };
    },
  },
};
`;

/** Creates a desk workspace in the system temp folder. */
export function createDeskWorkspace(config: object = {}): DeskWorkspace {
  // Real path: on some systems the temp folder is a symlink, and paths are compared after resolving.
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'newslint-desk-')));
  const plugin = join(folder, 'node_modules', 'newslint-plugin-desk');
  mkdirSync(plugin, { recursive: true });
  writeFileSync(join(plugin, 'package.json'), JSON.stringify({ name: 'newslint-plugin-desk', version: '1.0.0', type: 'module', main: 'index.js' }));
  writeFileSync(join(plugin, 'index.js'), PLUGIN_SOURCE);
  const workspace: DeskWorkspace = {
    folder,
    write(name, content) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    writeConfig(next) {
      writeFileSync(join(folder, '.textlintrc.json'), typeof next === 'string' ? next : JSON.stringify(next, null, 2));
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
  workspace.writeConfig(config);
  return workspace;
}

/** A config switching on desk rules with the given options. */
export function deskConfig(rules: Record<string, ReplaceOptions | true>): object {
  return { plugins: ['desk'], rules: Object.fromEntries(Object.entries(rules).map(([id, options]) => [`desk/${id}`, options])) };
}
