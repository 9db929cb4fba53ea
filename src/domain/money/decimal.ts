/**
 * Exact decimal arithmetic on digit strings. Money read from text never passes through
 * floating point: "70.6 million" is the digits 706 scaled by a power of ten, so it is
 * 7_060_000_000 cents exactly, not 7_059_999_999.999.
 */

/** A non-negative decimal written as its digits: `int` before the point, `frac` after. */
export interface DecimalDigits {
  int: string;
  frac: string;
}

/** The result of scaling a decimal to cents. */
export interface CentsResult {
  cents: bigint;
  /** False when digits below one cent had to be rounded away. */
  exact: boolean;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Cents of `digits × 10^exponent`, rounded half up below one cent (and then `exact` is false). */
export function decimalToCents(digits: DecimalDigits, exponent: number): CentsResult {
  const all = `${digits.int}${digits.frac}`.replace(/^0+(?=\d)/, '') || '0';
  // The value is all × 10^(exponent − frac.length); cents are that × 10^2.
  const shift = exponent - digits.frac.length + 2;
  if (shift >= 0) return { cents: BigInt(all) * 10n ** BigInt(shift), exact: true };
  const divisor = 10n ** BigInt(-shift);
  const value = BigInt(all);
  const quotient = value / divisor;
  const remainder = value % divisor;
  if (remainder === 0n) return { cents: quotient, exact: true };
  return { cents: remainder * 2n >= divisor ? quotient + 1n : quotient, exact: false };
}

/** The cents as a JavaScript number when that is exact, else null. */
export function safeCents(cents: bigint): number | null {
  return cents >= 0n && cents <= MAX_SAFE ? Number(cents) : null;
}

/** The decimal text of the digits ("0.5", "1200"), with no separators and no trailing zeros. */
export function decimalText(digits: DecimalDigits): string {
  const int = digits.int.replace(/^0+(?=\d)/, '') || '0';
  const frac = digits.frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
