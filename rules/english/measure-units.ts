/**
 * Units that form a compound modifier with a number before a noun ("a 10-year-old boy", "a five-minute
 * walk", "a 650-seat parliament"). "per cent" is left out: news style writes "a 10 per cent rise" open.
 */
export const MODIFIER_UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century',
  'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'centimetre', 'centimeter', 'millimetre', 'millimeter', 'foot', 'inch', 'yard',
  'gram', 'gramme', 'kilogram', 'kilogramme', 'tonne', 'ton', 'litre', 'liter', 'gallon', 'acre', 'hectare',
  'storey', 'point', 'man', 'woman', 'member', 'seat', 'bed', 'lane', 'star', 'game', 'match', 'page', 'part', 'piece', 'round',
  'bedroom', 'mph', 'degree', 'volt', 'watt', 'ohm',
]);

/** Words that close a measure compound: "10-year-old", "two-metre-high", "18- to 24-year-olds". */
export const MEASURE_ADJECTIVES = new Set(['old', 'olds', 'long', 'high', 'wide', 'deep', 'tall', 'thick']);

const SI_PREFIX = '(?:kilo|hecto|deca|deci|centi|milli|micro|nano|pico|femto|mega|giga|tera)?';
const SI_BASE = '(?:metre|meter|gramme|gram|litre|liter|ohm|farad|volt|watt|amp|ampere|joule|newton|pascal|second|hertz|tonne)';

/** A plural unit after a hyphenated number, "10-metres", "6-microfarads": its singular, or undefined. */
export function singularUnitOf(unit: string): string | undefined {
  const lower = unit.toLowerCase();
  if (new RegExp(`^${SI_PREFIX}${SI_BASE}s$`).test(lower)) return unit.slice(0, -1);
  if (lower.endsWith('s') && MODIFIER_UNITS.has(lower.slice(0, -1))) return unit.slice(0, -1);
  if (lower === 'feet') return unit[0] === 'F' ? 'Foot' : 'foot';
  if (lower === 'inches') return unit.slice(0, -2);
  if (lower === 'centuries') return unit.slice(0, -3) + 'y';
  return undefined;
}
