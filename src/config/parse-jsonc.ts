/** A place in a text: 1-based line and column (UTF-16 code units). */
export interface TextPoint {
  line: number;
  column: number;
}

/** A key path into parsed JSON, e.g. `['rules', 'readability', 'age']` or `['overrides', 0, 'files']`. */
export type KeyPath = ReadonlyArray<string | number>;

/** JSON text parsed, plus where each object key and array element starts. */
export interface ParsedJsonc {
  value: unknown;
  /** Where the key (or array element) at `path` starts; the nearest located ancestor when it has none. */
  locate(path: KeyPath): TextPoint | undefined;
}

/** A syntax error with its place in the text. */
export class JsoncSyntaxError extends Error {
  constructor(
    message: string,
    readonly point: TextPoint,
  ) {
    super(message);
    this.name = 'JsoncSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parse JSON that may contain `//` and `/* *\/` comments, recording where every key sits.
 * Hand-written because Node 20's `JSON.parse` reports no line or column, and config errors must name both.
 */
export function parseJsonc(text: string): ParsedJsonc {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsets = new Map<string, number>();
  let index = 0;

  const pointAt = (offset: number): TextPoint => {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (source.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  const fail = (message: string, offset = index): never => {
    throw new JsoncSyntaxError(message, pointAt(offset));
  };
  const describeHere = (): string =>
    index >= source.length ? 'end of file' : `token \`${source[index]}\``;

  const skipBlank = (): void => {
    while (index < source.length) {
      const char = source[index];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
        index++;
      } else if (source.startsWith('//', index)) {
        const end = source.indexOf('\n', index);
        index = end === -1 ? source.length : end + 1;
      } else if (source.startsWith('/*', index)) {
        const end = source.indexOf('*/', index + 2);
        if (end === -1) fail('Unterminated comment');
        index = end + 2;
      } else {
        return;
      }
    }
  };

  const parseString = (): string => {
    const start = index;
    index++;
    let result = '';
    let chunkStart = index;
    while (index < source.length) {
      const code = source.charCodeAt(index);
      if (code === 34) {
        result += source.slice(chunkStart, index);
        index++;
        return result;
      }
      if (code < 0x20) fail('Unterminated string');
      if (code === 92) {
        result += source.slice(chunkStart, index);
        const escape = source[index + 1];
        if (escape === 'u') {
          const hex = source.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid unicode escape in string');
          result += String.fromCharCode(parseInt(hex, 16));
          index += 6;
        } else if (escape !== undefined && escape in ESCAPES) {
          result += ESCAPES[escape];
          index += 2;
        } else {
          fail(`Invalid escape \`\\${escape ?? ''}\` in string`);
        }
        chunkStart = index;
      } else {
        index++;
      }
    }
    return fail('Unterminated string', start);
  };

  const parseValue = (path: KeyPath): unknown => {
    skipBlank();
    const char = source[index];
    if (char === '{') return parseObject(path);
    if (char === '[') return parseArray(path);
    if (char === '"') return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (source.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(source);
    if (number) {
      index += number[0].length;
      return Number(number[0]);
    }
    return fail(`Unexpected ${describeHere()}, expected a value`);
  };

  const parseObject = (path: KeyPath): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    index++;
    skipBlank();
    if (source[index] === '}') {
      index++;
      return result;
    }
    for (;;) {
      skipBlank();
      if (source[index] !== '"') fail(`Unexpected ${describeHere()}, expected a quoted key`);
      const keyStart = index;
      const key = parseString();
      const keyPath = [...path, key];
      offsets.set(JSON.stringify(keyPath), keyStart);
      skipBlank();
      if (source[index] !== ':') fail(`Unexpected ${describeHere()}, expected \`:\``);
      index++;
      // defineProperty so a key named `__proto__` stays plain data.
      Object.defineProperty(result, key, { value: parseValue(keyPath), enumerable: true, writable: true, configurable: true });
      skipBlank();
      if (source[index] === ',') {
        index++;
      } else if (source[index] === '}') {
        index++;
        return result;
      } else {
        fail(`Unexpected ${describeHere()}, expected \`,\` or \`}\``);
      }
    }
  };

  const parseArray = (path: KeyPath): unknown[] => {
    const result: unknown[] = [];
    index++;
    skipBlank();
    if (source[index] === ']') {
      index++;
      return result;
    }
    for (;;) {
      skipBlank();
      const elementPath = [...path, result.length];
      offsets.set(JSON.stringify(elementPath), index);
      result.push(parseValue(elementPath));
      skipBlank();
      if (source[index] === ',') {
        index++;
      } else if (source[index] === ']') {
        index++;
        return result;
      } else {
        fail(`Unexpected ${describeHere()}, expected \`,\` or \`]\``);
      }
    }
  };

  const value = parseValue([]);
  skipBlank();
  if (index < source.length) fail(`Unexpected ${describeHere()} after the end of the JSON value`);

  return {
    value,
    locate(path) {
      for (let length = path.length; length > 0; length--) {
        const offset = offsets.get(JSON.stringify(path.slice(0, length)));
        if (offset !== undefined) return pointAt(offset);
      }
      return undefined;
    },
  };
}
