import { badInput, type FieldError } from '../core/errors.js';
import { checkMeetingTimes, checkTitle, checkVideoUrl } from './meeting.rules.js';

export interface MeetingFields {
  title: string;
  description?: string | null;
  agenda?: string[] | null;
  startsAt: string;
  endsAt: string;
  timeZone?: string | null;
  multiDay?: boolean | null;
  place?: string | null;
  videoUrl?: string | null;
}

export interface ValidMeeting {
  title: string;
  description: string | null;
  agenda: string[] | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  multiDay: boolean;
  place: string | null;
  videoUrl: string | null;
}

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Every problem of a meeting's fields at once, each naming its field; nothing is written before this passes. */
export function validateMeeting(f: MeetingFields): ValidMeeting {
  const errors: FieldError[] = [...checkTitle(f.title), ...checkVideoUrl(blankToNull(f.videoUrl))];
  const times = checkMeetingTimes(f);
  errors.push(...times.errors);
  if ((f.description ?? '').length > 5000) errors.push({ field: 'description', code: 'too_long', message: 'At most 5000 characters' });
  if ((f.place ?? '').length > 300) errors.push({ field: 'place', code: 'too_long', message: 'At most 300 characters' });
  if ((f.agenda?.length ?? 0) > 50) errors.push({ field: 'agenda', code: 'too_many', message: 'At most 50 agenda items' });
  f.agenda?.forEach((item, i) => {
    if (!item.trim()) errors.push({ field: `agenda.${i}`, code: 'required', message: 'Required' });
    else if (item.length > 300) errors.push({ field: `agenda.${i}`, code: 'too_long', message: 'At most 300 characters' });
  });
  if (errors.length) throw badInput(errors);
  return {
    title: f.title.trim(),
    description: blankToNull(f.description),
    agenda: f.agenda ? f.agenda.map((x) => x.trim()) : null,
    startsAt: times.startsAt!,
    endsAt: times.endsAt!,
    timeZone: times.timeZone,
    multiDay: !!f.multiDay,
    place: blankToNull(f.place),
    videoUrl: blankToNull(f.videoUrl),
  };
}

export const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
