/**
 * Kubernetes resource quantities (CPU, memory, volume sizes) as numbers, for the schema's rules
 * (requests within limits, sizes above zero) and the diff's (a volume that shrinks). One parser,
 * so that both read `500m`, `1.5Gi` and `100G` alike.
 */

const SUFFIXES: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A quantity as Kubernetes writes it: a decimal number and an optional SI or binary suffix (no exponent form). */
const QUANTITY = /^\+?([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** The value of a quantity in base units (cores, bytes): `500m` is 0.5, `1Ki` is 1024; NaN when it is not a quantity. */
export function quantityValue(quantity: unknown): number {
  const match = typeof quantity === 'string' || typeof quantity === 'number' ? String(quantity).match(QUANTITY) : null;
  return match ? Number(match[1]) * SUFFIXES[match[2] ?? ''] : Number.NaN;
}

/** CPU as the schema accepts it: whole millicores (`250m`) or cores with at most three decimals (`1`, `0.5`). */
export const CPU_QUANTITY = /^([0-9]+m|[0-9]+(\.[0-9]{1,3})?)$/;

/** Bytes as the schema accepts them for memory: a number, optionally with a fraction, and a byte suffix (never `m`). */
export const MEMORY_QUANTITY = /^[0-9]+(\.[0-9]+)?(k|M|G|T|Ki|Mi|Gi|Ti)?$/;

/** Volume sizes: a whole number of bytes, kilo-, mega-, giga- or terabytes (binary or decimal). */
export const STORAGE_QUANTITY = /^[0-9]+(k|M|G|T|Ki|Mi|Gi|Ti)?$/;
