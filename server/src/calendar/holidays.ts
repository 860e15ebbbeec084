import { DateTime } from 'luxon';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as 'yyyy-MM-dd'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day).toISODate() as string;
}

/** The eleven French public holidays (metropolitan France) of a year, as ISO dates, in order. */
export function frenchPublicHolidays(year: number): { date: string; name: string }[] {
  const easter = DateTime.fromISO(easterSunday(year), { zone: 'utc' });
  const fixed = (month: number, day: number) => DateTime.utc(year, month, day).toISODate() as string;
  const after = (days: number) => easter.plus({ days }).toISODate() as string;
  return [
    { date: fixed(1, 1), name: "Jour de l'an" },
    { date: after(1), name: 'Lundi de Pâques' },
    { date: fixed(5, 1), name: 'Fête du Travail' },
    { date: fixed(5, 8), name: 'Victoire 1945' },
    { date: after(39), name: 'Ascension' },
    { date: after(50), name: 'Lundi de Pentecôte' },
    { date: fixed(7, 14), name: 'Fête nationale' },
    { date: fixed(8, 15), name: 'Assomption' },
    { date: fixed(11, 1), name: 'Toussaint' },
    { date: fixed(11, 11), name: 'Armistice 1918' },
    { date: fixed(12, 25), name: 'Noël' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<number, Set<string>>();

/** Whether an ISO date ('yyyy-MM-dd') is a French public holiday. */
export function isFrenchPublicHoliday(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  let set = cache.get(year);
  if (!set) {
    set = new Set(frenchPublicHolidays(year).map((h) => h.date));
    cache.set(year, set);
  }
  return set.has(isoDate);
}
