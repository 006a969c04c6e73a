/**
 * The order of names in the output (objects, files, keys, lines): English collation, whatever the
 * locale of the machine that synthesises. `localeCompare` follows LANG, and in Danish "aa" sorts
 * after "z": the same inputs would give other bytes on another machine.
 */
const collator = new Intl.Collator('en');

export const compareText = (a: string, b: string): number => collator.compare(a, b);
