/** A PLN prepaid token as people type it into the meter: 5 groups of 4 digits. */
export function formatPlnToken(token: string): string {
  const digits = token.replace(/\D/g, '');
  if (digits.length !== 20) throw new RangeError('A PLN token has 20 digits');
  return digits.match(/\d{4}/g)!.join('-');
}

/** kWh from the stored hundredths, in the reader's number format (73,5 in Indonesian). */
export function formatKwh(hundredths: number, locale: 'id' | 'en'): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
    maximumFractionDigits: 2,
  }).format(hundredths / 100);
}
