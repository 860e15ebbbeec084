import { DateTime } from 'luxon';
import { isFrenchPublicHoliday } from './holidays.js';

export interface BusyInterval {
  start: Date;
  end: Date;
}

export interface SlotSearch {
  /** Window to search, in UTC instants. */
  from: Date;
  to: Date;
  durationMinutes: number;
  /** Busy intervals of each required participant (any participant busy = slot taken). */
  busy: BusyInterval[];
  zone?: string;
  /** Working hours in the zone, as hours of the day. */
  dayStartHour?: number;
  dayEndHour?: number;
  /** Candidate starts are aligned on this many minutes. */
  stepMinutes?: number;
  limit?: number;
}

export interface Slot {
  start: Date;
  end: Date;
}

/**
 * Free slots for everyone: weekdays inside working hours in the zone (9:00–18:00 Europe/Paris by
 * default), French public holidays excluded, not overlapping any busy interval. Local wall-clock
 * hours are kept across daylight-saving changes because days are walked in the zone.
 */
export function findFreeSlots(s: SlotSearch): Slot[] {
  const zone = s.zone ?? 'Europe/Paris';
  const dayStart = s.dayStartHour ?? 9;
  const dayEnd = s.dayEndHour ?? 18;
  const step = s.stepMinutes ?? 30;
  const limit = s.limit ?? 20;
  const busy = s.busy
    .map((b) => ({ start: b.start.getTime(), end: b.end.getTime() }))
    .filter((b) => b.end > s.from.getTime() && b.start < s.to.getTime())
    .sort((a, b) => a.start - b.start);
  const out: Slot[] = [];
  const windowStart = s.from.getTime();
  const windowEnd = s.to.getTime();
  let day = DateTime.fromJSDate(s.from, { zone }).startOf('day');
  const lastDay = DateTime.fromJSDate(s.to, { zone }).startOf('day');
  while (day <= lastDay && out.length < limit) {
    const iso = day.toISODate() as string;
    if (day.weekday <= 5 && !isFrenchPublicHoliday(iso)) {
      const open = day.set({ hour: dayStart }).toMillis();
      const close = day.set({ hour: dayEnd }).toMillis();
      for (let t = open; t + s.durationMinutes * 60_000 <= close && out.length < limit; t += step * 60_000) {
        const end = t + s.durationMinutes * 60_000;
        if (t < windowStart || end > windowEnd) continue;
        // Busy list is sorted; a linear scan is enough for a few hundred intervals.
        const clash = busy.some((b) => b.start < end && b.end > t);
        if (!clash) out.push({ start: new Date(t), end: new Date(end) });
      }
    }
    day = day.plus({ days: 1 });
  }
  return out;
}
