import type { Response } from 'express';
import type { RouteMounter } from '../core/routes.js';
import { withContext } from '../core/routes.js';
import { requireViewer } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { idOf } from '../core/relay.js';
import { audienceOf } from '../meetings/meeting.visibility.js';
import { findMeeting, meetingsForFeed } from '../meetings/meeting.queries.js';
import { buildIcs } from './ics.js';
import { audienceOfFeed, publicBaseUrl } from './feed.service.js';

const ICS_FILE = /^(.{1,200})\.ics$/;

function sendIcs(res: Response, body: string, filename: string) {
  res.status(200);
  res.setHeader('content-type', 'text/calendar; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.setHeader('cache-control', 'private, no-store');
  res.send(body);
}

/**
 * `/calendar/meetings/<globalId>.ics` (signed in; an invisible meeting is a 404 like a missing one)
 * and `/calendar/feed/<token>.ics` (the private feed URL calendar programs subscribe to).
 */
export const mountCalendarRoutes: RouteMounter = (app, deps) => {
  app.get(
    '/calendar/meetings/:file',
    withContext(deps, async (ctx, req, res) => {
      requireViewer(ctx);
      const m = ICS_FILE.exec(String(req.params.file));
      if (!m) throw notFound('Meeting');
      const id = idOf(m[1], 'Meeting');
      const meeting = await findMeeting(ctx, audienceOf(ctx), id);
      if (!meeting) throw notFound('Meeting');
      sendIcs(res, buildIcs([meeting], { name: meeting.title, baseUrl: publicBaseUrl(ctx) }), `reunion-${id}.ics`);
    }),
  );
  app.get(
    '/calendar/feed/:file',
    withContext(deps, async (ctx, req, res) => {
      const m = ICS_FILE.exec(String(req.params.file));
      if (!m) throw notFound('Calendar feed');
      const a = await audienceOfFeed(ctx, m[1]);
      const meetings = await meetingsForFeed(ctx, a, new Date('2000-01-01T00:00:00Z'), new Date('2101-01-01T00:00:00Z'));
      sendIcs(res, buildIcs(meetings, { name: 'Passerelle — réunions', baseUrl: publicBaseUrl(ctx) }), 'passerelle.ics');
    }),
  );
};
