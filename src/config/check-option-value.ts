import type { OptionSchema } from '../engine/types.js';
import type { KeyPath } from './parse-jsonc.js';
import { describeValue } from './describe-value.js';
import { formatKeyPath } from './config-error.js';
import { suggestName } from './suggest-name.js';

/** What is wrong with an option value, and where inside it. */
export interface OptionProblem {
  path: KeyPath;
  problem: string;
}

const TYPE_NAMES: Record<OptionSchema['type'], string> = {
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
};

/**
 * Check `value` against a rule's option schema (the JSON-schema subset in OptionSchema).
 * Hand-written rather than ajv: it covers the subset in a few microseconds with no module to load.
 */
export function checkOptionValue(value: unknown, schema: OptionSchema, path: KeyPath): OptionProblem | undefined {
  const at = `\`${formatKeyPath(path)}\``;
  if (!hasType(value, schema.type)) {
    return { path, problem: `Invalid value at ${at}: expected ${TYPE_NAMES[schema.type]}, got ${describeValue(value)}` };
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const choices = schema.enum.map((choice) => String(choice));
    const hint = typeof value === 'string' ? suggestName(value, choices) : ` (expected one of ${choices.map((c) => `\`${c}\``).join(', ')})`;
    return { path, problem: `Invalid value at ${at}: ${describeValue(value)} is not allowed${hint}` };
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      return { path, problem: `Invalid value at ${at}: ${value} is below the minimum ${schema.minimum}` };
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      return { path, problem: `Invalid value at ${at}: ${value} is above the maximum ${schema.maximum}` };
    }
  }
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = checkOptionValue(value[i], schema.items, [...path, i]);
      if (problem) return problem;
    }
  }
  if (schema.type === 'object') return checkObjectMembers(value as Record<string, unknown>, schema, path);
  return undefined;
}

function checkObjectMembers(value: Record<string, unknown>, schema: OptionSchema, path: KeyPath): OptionProblem | undefined {
  const known = schema.properties ?? {};
  for (const [key, member] of Object.entries(value)) {
    const memberSchema = Object.hasOwn(known, key)
      ? known[key]
      : typeof schema.additionalProperties === 'object'
        ? schema.additionalProperties
        : undefined;
    if (memberSchema) {
      const problem = checkOptionValue(member, memberSchema, [...path, key]);
      if (problem) return problem;
    } else if (schema.additionalProperties === false) {
      return { path: [...path, key], problem: `Unknown option \`${formatKeyPath([...path, key])}\`${suggestName(key, Object.keys(known))}` };
    }
  }
  return undefined;
}

function hasType(value: unknown, type: OptionSchema['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}
