/** Name a JSON value's type and show it briefly, for error messages: `string "sixteen"`, `array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${typeof value} \`${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown}\``;
}
