/**
 * Binary quantities (256Mi, 4Gi) as the environment files write sizes that servers read in their
 * own units. The schema accepts only this form; each server formats the parts its own way.
 */
export const BINARY_QUANTITY = /^([0-9]+)(Ki|Mi|Gi|Ti)$/;

export interface BinaryQuantity {
  readonly amount: number;
  /** The power-of-1024 prefix letter. */
  readonly prefix: 'K' | 'M' | 'G' | 'T';
}

export function splitBinaryQuantity(quantity: string): BinaryQuantity {
  const match = quantity.match(BINARY_QUANTITY);
  if (!match) throw new Error(`expected a whole number of Ki, Mi, Gi or Ti, got ${quantity}`);
  return { amount: Number(match[1]), prefix: match[2][0] as BinaryQuantity['prefix'] };
}

const BINARY_FACTORS: Readonly<Record<BinaryQuantity['prefix'], number>> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** A binary quantity in bytes: 256Mi -> 268435456. */
export function binaryBytes(quantity: string): number {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return amount * BINARY_FACTORS[prefix];
}

/** The environment files' durations (15m, 24h, 7d) as Go's time.ParseDuration reads them, which knows no days: 7d -> 168h. */
export function goDuration(duration: string): string {
  const match = /^([0-9]+)(s|m|h|d)$/.exec(duration);
  if (!match) throw new Error(`expected a duration such as 15m, 24h or 7d, got ${duration}`);
  return match[2] === 'd' ? `${Number(match[1]) * 24}h` : duration;
}

/** Decimal and binary suffixes of Kubernetes quantities. */
const QUANTITY_FACTORS: Readonly<Record<string, number>> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4,
};

/** A Kubernetes quantity as a number of its base unit: 500m -> 0.5 (cores), 1Gi -> 1073741824 (bytes). */
export function quantityValue(quantity: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(quantity);
  if (!match) throw new Error(`expected a Kubernetes quantity such as 500m, 256Mi or 10Gi, got ${quantity}`);
  return Number(match[1]) * QUANTITY_FACTORS[match[2] ?? ''];
}
