// Rules shared by the server and the client's forms: no server-only imports here.
import { DateTime, IANAZone } from 'luxon';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_TITLE = 200;
/** Even a multi-day meeting (a seminar) lasts at most this many days; calendar queries rely on it. */
export const MAX_MULTI_DAY_DAYS = 31;

export interface RuleError {
  field: string;
  code: string;
  message: string;
}

export interface MeetingTimesInput {
  startsAt: string;
  endsAt: string;
  timeZone?: string | null;
  multiDay?: boolean | null;
}

const HAS_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;

export const isKnownTimeZone = (zone: string) => typeof zone === 'string' && zone.length <= 64 && IANAZone.isValidZone(zone);

/**
 * An ISO 8601 date-time: with an offset it is that instant; without, a wall-clock time in `zone`
 * (so 2018-03-27T10:00 in Europe/Paris is 08:00Z, after the switch to summer time).
 */
export function parseMeetingTime(value: string, zone: string): DateTime | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const dt = HAS_OFFSET.test(value) ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone });
  return dt.isValid ? dt : null;
}

/** Checks meeting times; returns the UTC instants or every problem, each naming its field. */
export function checkMeetingTimes(input: MeetingTimesInput): { errors: RuleError[]; startsAt?: Date; endsAt?: Date; timeZone: string } {
  const errors: RuleError[] = [];
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) {
    errors.push({ field: 'timeZone', code: 'timeZone.unknown', message: `Unknown time zone ${String(timeZone).slice(0, 64)}` });
    return { errors, timeZone };
  }
  const start = parseMeetingTime(input.startsAt, timeZone);
  const end = parseMeetingTime(input.endsAt, timeZone);
  if (!start) errors.push({ field: 'startsAt', code: 'date.invalid', message: 'Not an ISO 8601 date-time' });
  if (!end) errors.push({ field: 'endsAt', code: 'date.invalid', message: 'Not an ISO 8601 date-time' });
  for (const [field, dt] of [['startsAt', start], ['endsAt', end]] as const)
    if (dt && (dt.toUTC().year < MIN_YEAR || dt.toUTC().year > MAX_YEAR))
      errors.push({ field, code: 'date.outOfRange', message: `Year must be between ${MIN_YEAR} and ${MAX_YEAR}` });
  if (errors.length || !start || !end) return { errors, timeZone };
  if (end.toMillis() <= start.toMillis()) errors.push({ field: 'endsAt', code: 'meeting.endBeforeStart', message: 'The meeting must end after it starts' });
  else if (!input.multiDay && end.toMillis() - start.toMillis() > 24 * 3600_000)
    errors.push({ field: 'endsAt', code: 'meeting.tooLong', message: 'A meeting longer than 24 hours needs multiDay: true' });
  else if (end.toMillis() - start.toMillis() > MAX_MULTI_DAY_DAYS * 24 * 3600_000)
    errors.push({ field: 'endsAt', code: 'meeting.tooLongMultiDay', message: `A meeting lasts at most ${MAX_MULTI_DAY_DAYS} days` });
  if (errors.length) return { errors, timeZone };
  return { errors, timeZone, startsAt: start.toUTC().toJSDate(), endsAt: end.toUTC().toJSDate() };
}

export function checkTitle(title: string | null | undefined, field = 'title'): RuleError[] {
  const t = (title ?? '').trim();
  if (!t) return [{ field, code: 'required', message: 'Required' }];
  if (t.length > MAX_TITLE) return [{ field, code: 'too_long', message: `At most ${MAX_TITLE} characters` }];
  return [];
}

export function checkVideoUrl(url: string | null | undefined): RuleError[] {
  if (!url) return [];
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') return url.length <= 500 ? [] : [{ field: 'videoUrl', code: 'too_long', message: 'Too long' }];
  } catch {
    /* falls through */
  }
  return [{ field: 'videoUrl', code: 'url.invalid', message: 'Not a web address' }];
}
