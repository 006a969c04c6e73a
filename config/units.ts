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
