/** Russian plural form: 1 карточка, 2 карточки, 5 карточек, 21 карточка… */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = Math.abs(n) % 10;
  const m100 = Math.abs(n) % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/**
 * An Arabic count with its noun: the singular `one` and dual `two` stand alone
 * ("بطاقة واحدة", "بطاقتان"); 3–10 take the plural `few` ("3 بطاقات"), 11–99 the
 * accusative singular `many` ("11 بطاقةً"), and 0 and hundreds the singular `other`.
 */
export function arCount(n: number, one: string, two: string, few: string, many: string, other = many): string {
  if (n === 1) return one;
  if (n === 2) return two;
  const m100 = Math.abs(n) % 100;
  return `${n} ${m100 >= 3 && m100 <= 10 ? few : m100 >= 11 ? many : other}`;
}
