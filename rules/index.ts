import type { Rule } from '../src/engine/types.js';

/** Every built-in rule, keyed by its id (the config key, the `ruleId`, and the file name). */
export const builtinRules: Record<string, Rule> = {};
