import { describe, expect, it } from 'vitest';
import { findFreeSlots } from './slots.js';

const iso = (d: Date) => d.toISOString();

describe('slot finder', () => {
  it('keeps 9:00–18:00 Paris wall-clock hours across the daylight-saving change', () => {
    // Friday 23 March 2018 (winter) and Monday 26 March 2018 (summer).
    const slots = findFreeSlots({ from: new Date('2018-03-23T00:00:00Z'), to: new Date('2018-03-26T22:00:00Z'), durationMinutes: 540, busy: [] });
    expect(slots.map((s) => [iso(s.start), iso(s.end)])).toEqual([
      ['2018-03-23T08:00:00.000Z', '2018-03-23T17:00:00.000Z'],
      ['2018-03-26T07:00:00.000Z', '2018-03-26T16:00:00.000Z'],
    ]);
  });

  it('skips weekends, holidays (Easter Monday 2 April 2018) and busy times', () => {
    const slots = findFreeSlots({
      from: new Date('2018-03-30T00:00:00Z'),
      to: new Date('2018-04-03T21:00:00Z'),
      durationMinutes: 60,
      stepMinutes: 60,
      limit: 100,
      busy: [{ start: new Date('2018-03-30T07:00:00Z'), end: new Date('2018-03-30T15:00:00Z') }], // Fri 9:00–17:00 Paris
    });
    const days = new Set(slots.map((s) => iso(s.start).slice(0, 10)));
    expect([...days]).toEqual(['2018-03-30', '2018-04-03']);
    expect(slots.filter((s) => iso(s.start).startsWith('2018-03-30')).map((s) => iso(s.start))).toEqual(['2018-03-30T15:00:00.000Z']);
    expect(slots.filter((s) => iso(s.start).startsWith('2018-04-03'))).toHaveLength(9);
  });

  it('finds nothing when every participant-day is busy, and respects the limit', () => {
    const busy = [{ start: new Date('2018-03-26T00:00:00Z'), end: new Date('2018-03-31T00:00:00Z') }];
    expect(findFreeSlots({ from: new Date('2018-03-26T00:00:00Z'), to: new Date('2018-03-30T22:00:00Z'), durationMinutes: 30, busy })).toEqual([]);
    expect(findFreeSlots({ from: new Date('2018-03-26T00:00:00Z'), to: new Date('2018-03-30T22:00:00Z'), durationMinutes: 30, busy: [], limit: 3 })).toHaveLength(3);
  });
});
