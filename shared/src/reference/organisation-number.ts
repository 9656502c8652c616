/**
 * Swedish organisationsnummer: ten digits, the last a Luhn check digit. People write it with or without the
 * hyphen (and sometimes with the century, as twelve digits); we store the canonical `NNNNNN-NNNN`.
 */
export function normaliseOrganisationNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const ten = digits.length === 12 && /^(16|18|19|20)/.test(digits) ? digits.slice(2) : digits;
  if (ten.length !== 10 || !hasValidLuhnDigit(ten)) return null;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function hasValidLuhnDigit(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
