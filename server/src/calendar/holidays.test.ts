import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './holidays.js';

describe('French public holidays', () => {
  it('computes Easter Sunday (known dates)', () => {
    expect(easterSunday(2018)).toBe('2018-04-01');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the eleven holidays of 2018, Easter-based ones included', () => {
    expect(frenchPublicHolidays(2018).map((h) => h.date)).toEqual([
      '2018-01-01',
      '2018-04-02', // Easter Monday
      '2018-05-01',
      '2018-05-08',
      '2018-05-10', // Ascension
      '2018-05-21', // Whit Monday
      '2018-07-14',
      '2018-08-15',
      '2018-11-01',
      '2018-11-11',
      '2018-12-25',
    ]);
  });

  it('answers per date', () => {
    expect(isFrenchPublicHoliday('2024-04-01')).toBe(true); // Easter Monday 2024
    expect(isFrenchPublicHoliday('2024-05-09')).toBe(true); // Ascension 2024
    expect(isFrenchPublicHoliday('2018-03-27')).toBe(false);
  });
});
