import { DateTime } from 'luxon';
import { i18n } from '../../i18n';

export const PARIS = 'Europe/Paris';

export const inParis = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(PARIS);

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'fr-FR');

/** « mardi 27 mars 2018, 10:00 – 12:30 » in Paris time. */
export function formatMeetingRange(startIso: string, endIso: string): string {
  const s = inParis(startIso).setLocale(locale());
  const e = inParis(endIso).setLocale(locale());
  const day = s.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const sameDay = s.hasSame(e, 'day');
  const end = sameDay ? e.toFormat('HH:mm') : e.toLocaleString({ day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  return `${day}, ${s.toFormat('HH:mm')} – ${end}`;
}

export const formatTime = (iso: string) => inParis(iso).toFormat('HH:mm');

export const formatDay = (d: DateTime) => d.setLocale(locale()).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });

export const formatMonth = (d: DateTime) => d.setLocale(locale()).toLocaleString({ month: 'long', year: 'numeric' });

/** Paris wall-clock date and time to the ISO local string the server reads in Europe/Paris. */
export const localDateTime = (date: string, time: string) => `${date}T${time}`;
