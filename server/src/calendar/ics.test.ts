import { describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import { buildIcs, meetingUid, type IcsMeeting } from './ics.js';

const base: IcsMeeting = {
  id: '00000000-0000-4000-8000-00000000a101',
  title: 'Première réunion de travail',
  description: null,
  startsAt: new Date('2018-03-27T08:00:00Z'),
  endsAt: new Date('2018-03-27T10:30:00Z'),
  timeZone: 'Europe/Paris',
  place: 'Marseille',
  videoUrl: null,
  status: 'SCHEDULED',
  sequence: 0,
  createdAt: new Date('2018-03-20T10:00:00Z'),
  updatedAt: new Date('2018-03-20T10:00:00Z'),
};
const parse = (text: string) => Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];

describe('iCalendar output, parsed back by node-ical', () => {
  it('writes Paris wall-clock times with TZID on both sides of the 25 March 2018 switch', () => {
    const text = buildIcs([base, { ...base, id: '00000000-0000-4000-8000-00000000a100', startsAt: new Date('2018-03-21T09:00:00Z'), endsAt: new Date('2018-03-21T11:00:00Z') }], { name: 'x' });
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20180327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20180321T100000');
    const [after, before] = parse(text);
    expect(after.start.toISOString()).toBe('2018-03-27T08:00:00.000Z');
    expect(before.start.toISOString()).toBe('2018-03-21T09:00:00.000Z');
  });

  it('keeps the UID across changes, carries SEQUENCE, and marks cancellations', () => {
    const [ev] = parse(buildIcs([{ ...base, status: 'CANCELLED', sequence: 3 }], { name: 'x' }));
    expect(ev.uid).toBe(meetingUid(base.id));
    expect(Number(ev.sequence)).toBe(3);
    expect(ev.status).toBe('CANCELLED');
  });

  it('writes meetings set in another zone as UTC instants', () => {
    const text = buildIcs([{ ...base, timeZone: 'America/New_York' }], { name: 'x' });
    expect(text).not.toContain('TZID=America');
    expect(parse(text)[0].start.toISOString()).toBe('2018-03-27T08:00:00.000Z');
  });
});
