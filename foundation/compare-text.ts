/**
 * The order of names in the output (objects, files, keys, lines): English collation, whatever the
 * locale of the machine that synthesises. `localeCompare` follows LANG, and in Danish "aa" sorts
 * after "z": the same inputs would give other bytes on another machine.
 */
const collator = new Intl.Collator('en');

export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** The order of texts no reader sees (hashes, cache entries): by UTF-16 code units, with no collation to depend on. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
