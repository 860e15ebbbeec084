import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

export interface IcsMeeting {
  id: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  videoUrl: string | null;
  status: 'SCHEDULED' | 'CANCELLED' | 'HELD';
  sequence: number;
  updatedAt: Date;
  createdAt: Date;
}

export const PARIS = 'Europe/Paris';

// The EU rule Europe/Paris has followed since 1996 (last Sunday of March / of October).
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'X-LIC-LOCATION:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The stable UID of a meeting: the same across edits, so calendar programs update the event. */
export const meetingUid = (id: string) => `meeting-${id}@passerelle`;

/**
 * An iCalendar document: times in Europe/Paris with its VTIMEZONE (other zones in UTC), SEQUENCE
 * raised on every change, STATUS:CANCELLED for cancelled meetings.
 */
export function buildIcs(meetings: IcsMeeting[], opts: { name: string; baseUrl?: string | null }): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: 'Passerelle', product: 'meetings', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: PARIS, generator: (tz: string) => (tz === PARIS ? PARIS_VTIMEZONE : null) },
  });
  for (const m of meetings) {
    const zone = m.timeZone === PARIS ? PARIS : null;
    const at = (d: Date) => (zone ? DateTime.fromJSDate(d).setZone(zone) : DateTime.fromJSDate(d).toUTC());
    const description = [m.description, m.videoUrl ? `Visio : ${m.videoUrl}` : null].filter(Boolean).join('\n\n');
    cal.createEvent({
      id: meetingUid(m.id),
      sequence: m.sequence,
      start: at(m.startsAt),
      end: at(m.endsAt),
      timezone: zone,
      summary: m.title,
      description: description || null,
      location: m.place ?? null,
      url: opts.baseUrl ? `${opts.baseUrl}/reunions/${m.id}` : null,
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: m.updatedAt,
      created: m.createdAt,
      lastModified: m.updatedAt,
    });
  }
  return cal.toString();
}
