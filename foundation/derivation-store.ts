/*
 * What a synth keeps for the next one: results by what they were made from. The loader keeps its
 * parsed data files there and the synth its renderings and derivations (synth/derivation-cache.ts
 * keeps them under .build/).
 */

/** How a value is kept as text and read back. */
export interface Codec<T> {
  /** Throws on a value it cannot keep (the value is then made again next time). */
  encode(value: T): string;
  /** Throws on a text it cannot read (the value is then produced again). */
  decode(text: string): T;
}

/** Results that earlier runs kept, by what they were made from. */
export interface DerivationStore {
  /** The value for `key` (anything JSON): as an earlier run kept it, or from `produce` (then kept). */
  get<T>(key: unknown, produce: () => T, codec: Codec<T>): T;
}
