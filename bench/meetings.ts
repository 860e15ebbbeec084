import type { BenchModule } from './types.js';
import { gqlOk, gqlRequest } from './types.js';
import { REGION_ID, networkId } from './dataset.js';

/** Meetings in the database (over ~500 days, about 300 in a month), each inviting up to 5 networks. */
export const BENCH_MEETINGS = Number(process.env.BENCH_MEETINGS ?? 5000);

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const MONTH = `query($from: DateTimeISO!, $to: DateTimeISO!) { meetings(from: $from, to: $to, first: 100) { totalCount edges { node {
  id title startsAt endsAt status convener { name } myInvitations { answer }
  invitations { answer comment organization { name } person { displayName } } } } } }`;

const SLOTS = `query($i: FindMeetingSlotsInput!) { findMeetingSlots(input: $i) { startsAt endsAt } }`;

/**
 * Meetings benchmark: the month calendar (Region, and a network through its invitations) with
 * BENCH_MEETINGS meetings in the database, and the slot finder over 20 participants × 4 weeks.
 * Deterministic rows: meeting g starts on day g % 500 after 4 January 2027, at 10:00, 12:00,
 * 14:00 or 16:00 Paris; it invites networks g..g+4 (mod the network count), answers cycle.
 */
export const meetingsBench: BenchModule = {
  async generate(db, size) {
    const networks = Array.from({ length: size.networks }, (_, i) => networkId(i));
    const n = networks.length;
    await db.query(`select set_config('app.organization_id', $1, false)`, [REGION_ID]);
    await db.query(
      `insert into meetings (id, convener_org_id, title, starts_at, ends_at, status, place)
       select md5('bench-meeting-' || g)::uuid, $1, 'Réunion ' || g,
              timestamptz '2027-01-04 09:00Z' + (g % 500) * interval '1 day' + (g % 4) * interval '2 hours',
              timestamptz '2027-01-04 09:00Z' + (g % 500) * interval '1 day' + (g % 4) * interval '2 hours' + interval '90 minutes',
              case when g % 17 = 0 then 'CANCELLED' else 'SCHEDULED' end, 'Marseille'
         from generate_series(1, $2::int) g`,
      [REGION_ID, BENCH_MEETINGS],
    );
    await db.query(
      `insert into meeting_invitations (id, meeting_id, organization_id, answer)
       select gen_random_uuid(), md5('bench-meeting-' || g)::uuid, ($1::uuid[])[1 + ((g + j) % $2::int)],
              (array['ACCEPTED', 'DECLINED', 'PENDING', 'TENTATIVE'])[1 + ((g + j) % 4)]
         from generate_series(1, $3::int) g, generate_series(0, least(4, $2::int - 1)) j`,
      [`{${networks.join(',')}}`, n, BENCH_MEETINGS],
    );
    await db.query(
      `insert into agenda_items (id, meeting_id, position, title)
       select gen_random_uuid(), md5('bench-meeting-' || g)::uuid, p, 'Point ' || p from generate_series(1, $1::int) g, generate_series(1, 3) p`,
      [BENCH_MEETINGS],
    );
    await db.query(`select set_config('app.organization_id', '', false)`);
  },
  scenarios: [
    {
      name: 'meetings: month calendar (Region)',
      request: (s) => gqlRequest(s.region, null, MONTH, { from: '2027-06-01T00:00:00Z', to: '2027-07-01T00:00:00Z' }),
      check: gqlOk,
    },
    {
      name: 'meetings: month calendar (network)',
      request: (s) => gqlRequest(s.network[0].token, s.network[0].slug, MONTH, { from: '2027-06-01T00:00:00Z', to: '2027-07-01T00:00:00Z' }),
      check: gqlOk,
    },
    {
      name: 'meetings: slot finder 20 orgs × 4 weeks',
      request: (s) =>
        gqlRequest(s.region, null, SLOTS, {
          i: {
            organizationIds: s.network.slice(0, 20).map((x) => gid('Organization', x.id)),
            durationMinutes: 120,
            from: '2027-06-01',
            to: '2027-06-28',
            limit: 20,
          },
        }),
      check: gqlOk,
    },
  ],
};
