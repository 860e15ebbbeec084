import { describe, expect, it } from 'vitest';
import { checkMeetingTimes, parseMeetingTime } from './meeting.rules.js';

const codes = (r: ReturnType<typeof checkMeetingTimes>) => r.errors.map((e) => `${e.field}:${e.code}`);

describe('meeting times', () => {
  it('reads local times in Europe/Paris on both sides of the 25 March 2018 switch', () => {
    expect(parseMeetingTime('2018-03-06T10:00', 'Europe/Paris')!.toUTC().toISO()).toBe('2018-03-06T09:00:00.000Z');
    expect(parseMeetingTime('2018-03-27T10:00', 'Europe/Paris')!.toUTC().toISO()).toBe('2018-03-27T08:00:00.000Z');
  });

  it('keeps an explicit offset whatever the zone', () => {
    const r = checkMeetingTimes({ startsAt: '2018-03-27T10:00:00+02:00', endsAt: '2018-03-27T08:30:00Z', timeZone: 'America/New_York' });
    expect(r.errors).toEqual([]);
    expect(r.startsAt!.toISOString()).toBe('2018-03-27T08:00:00.000Z');
    expect(r.timeZone).toBe('America/New_York');
  });

  it('refuses what the issue lists, naming the field', () => {
    expect(codes(checkMeetingTimes({ startsAt: '2018-03-27T10:00', endsAt: '2018-03-27T09:00' }))).toEqual(['endsAt:meeting.endBeforeStart']);
    expect(codes(checkMeetingTimes({ startsAt: '2018-03-27T10:00', endsAt: '2018-03-28T11:00' }))).toEqual(['endsAt:meeting.tooLong']);
    expect(codes(checkMeetingTimes({ startsAt: '2018-03-27T10:00', endsAt: '2018-03-28T11:00', multiDay: true }))).toEqual([]);
    expect(codes(checkMeetingTimes({ startsAt: '2018-03-27T10:00', endsAt: '2018-03-27T11:00', timeZone: 'Europe/Marseille' }))).toEqual(['timeZone:timeZone.unknown']);
    expect(codes(checkMeetingTimes({ startsAt: '1918-03-27T10:00', endsAt: '1918-03-27T11:00' }))).toEqual(['startsAt:date.outOfRange', 'endsAt:date.outOfRange']);
    expect(codes(checkMeetingTimes({ startsAt: 'mardi', endsAt: '2018-03-27T11:00' }))).toEqual(['startsAt:date.invalid']);
  });
});
