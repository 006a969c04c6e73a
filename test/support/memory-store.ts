import type { Codec, DerivationStore } from '../../foundation/derivation-store';

/**
 * A DerivationStore in memory: each entry kept as text and read back through its codec, as from
 * disk. `made` lists the keys of what it had to produce, in order.
 */
export class MemoryStore implements DerivationStore {
  readonly entries = new Map<string, string>();
  made: unknown[] = [];
  /** Keys whose kept values were read. */
  read: unknown[] = [];

  get<T>(key: unknown, produce: () => T, codec: Codec<T>): T {
    const id = JSON.stringify(key);
    const kept = this.entries.get(id);
    if (kept !== undefined) {
      this.read.push(key);
      return codec.decode(kept);
    }
    this.made.push(key);
    const value = produce();
    try {
      this.entries.set(id, codec.encode(value));
    } catch {
      // a value the codec cannot keep is made again next time, as DerivationCache does
    }
    return value;
  }
}
