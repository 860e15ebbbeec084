import type { SeedStep } from '../seed/demo-seed.js';
import { NETWORKS, ORG, USER } from '../seed/demo-ids.js';

/** Fixed ids of the demo working group and meetings, for tests and links. */
export const MEETING_DEMO = {
  GROUP: '00000000-0000-4000-8000-00000000a001',
  /** 21 March 2018, 10:00 Paris (09:00Z, winter time): the vice-president meets the five networks. */
  KICKOFF: '00000000-0000-4000-8000-00000000a100',
  /** Tuesday 27 March 2018, 10:00 Paris (08:00Z, summer time since 25 March): first working meeting, held. */
  FIRST: '00000000-0000-4000-8000-00000000a101',
  /** An upcoming meeting, 12 January 2027, 14:00 Paris. */
  UPCOMING: '00000000-0000-4000-8000-00000000a102',
  ACTION_CE: '00000000-0000-4000-8000-00000000a201',
  ACTION_FAS: '00000000-0000-4000-8000-00000000a202',
} as const;

/** The ACI working group convened by the Region with the five networks, and its meetings. */
export const seedMeetings: SeedStep = async (client) => {
  // Act as a Region officer, so the row-level security checks pass even for an owner without bypass.
  await client.query(`select set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`, [ORG.REGION, USER.REGION_STAFF]);
  const D = MEETING_DEMO;
  await client.query(`insert into working_groups (id, convener_org_id, title, description) values ($1, $2, $3, $4)`, [
    D.GROUP,
    ORG.REGION,
    "Groupe de travail ACI — contrats d'objectifs",
    "La Région et les cinq réseaux de l'IAE préparent ensemble les contrats d'objectifs des ateliers et chantiers d'insertion.",
  ]);
  for (const n of NETWORKS) await client.query(`insert into working_group_members (working_group_id, organization_id) values ($1, $2)`, [D.GROUP, n.id]);

  const meeting = async (id: string, title: string, start: string, end: string, status: string, place: string, agenda: string[], editors: string[] = []) => {
    await client.query(
      `insert into meetings (id, working_group_id, convener_org_id, created_by_user_id, title, starts_at, ends_at, time_zone, place, status, minutes_editor_ids, sequence)
       values ($1, $2, $3, $4, $5, $6, $7, 'Europe/Paris', $8, $9, $10::uuid[], 0)`,
      [id, D.GROUP, ORG.REGION, USER.REGION_STAFF, title, start, end, place, status, `{${editors.join(',')}}`],
    );
    for (const [i, t] of agenda.entries())
      await client.query(`insert into agenda_items (id, meeting_id, position, title) values (gen_random_uuid(), $1, $2, $3)`, [id, i + 1, t]);
  };
  const invite = (meetingId: string, orgId: string | null, userId: string | null, answer = 'PENDING', by: string | null = null, comment: string | null = null) =>
    client.query(
      `insert into meeting_invitations (id, meeting_id, organization_id, user_id, answer, answered_by_user_id, answered_at, comment)
       values (gen_random_uuid(), $1, $2, $3, $4::varchar, $5, case when $4::varchar = 'PENDING' then null else now() end, $6)`,
      [meetingId, orgId, userId, answer, by, comment],
    );

  await meeting(D.KICKOFF, 'Rencontre de la vice-présidente avec les cinq réseaux', '2018-03-21T09:00:00Z', '2018-03-21T11:00:00Z', 'HELD', 'Hôtel de Région, Marseille', [
    'Présentation de la politique régionale IAE',
    'Attentes des réseaux',
  ]);
  await meeting(
    D.FIRST,
    "Première réunion de travail — contrats d'objectifs ACI",
    '2018-03-27T08:00:00Z',
    '2018-03-27T10:30:00Z',
    'HELD',
    'Hôtel de Région, 27 place Jules-Guesde, Marseille',
    ['Calendrier des contrats 2018', 'Indicateurs : taux de sorties dynamiques ≥ 60 %', 'Répartition des enveloppes par réseau'],
    [USER.CE_ADMIN],
  );
  await meeting(D.UPCOMING, 'Point d’étape — bilans intermédiaires', '2027-01-12T13:00:00Z', '2027-01-12T15:00:00Z', 'SCHEDULED', 'Visioconférence', [
    'Bilans au 30 juin',
    'Questions diverses',
  ]);
  await client.query(`update meetings set video_url = 'https://visio.example/passerelle-aci' where id = $1`, [D.UPCOMING]);

  const accepted: Record<string, string | null> = { [ORG.FAS]: USER.FAS_STAFF, [ORG.CE]: USER.CE_ADMIN, [ORG.COCAGNE]: USER.MULTI, [ORG.RQ]: USER.MULTI, [ORG.COORACE]: null };
  for (const n of NETWORKS) {
    await invite(D.KICKOFF, n.id, null, accepted[n.id] ? 'ACCEPTED' : 'PENDING', accepted[n.id]);
    await invite(D.FIRST, n.id, null, accepted[n.id] ? 'ACCEPTED' : 'PENDING', accepted[n.id]);
    await invite(D.UPCOMING, n.id, null);
  }
  // A structure user sees a meeting only when invited personally.
  await invite(D.UPCOMING, null, USER.CALANQUES);

  await client.query(`insert into meeting_minutes (meeting_id, body, updated_by_user_id) values ($1, $2, $3)`, [
    D.FIRST,
    "Présents : la Région et les représentants de FAS, Chantier école, Cocagne et Régies Méditerranée ; COORACE excusé.\n\n" +
      "La Région présente le calendrier des contrats d'objectifs 2018. Les réseaux partagent leurs indicateurs de sorties dynamiques.",
    USER.REGION_STAFF,
  ]);
  const decisions = ["Le taux de sorties dynamiques visé reste fixé à 60 % pour les ACI.", 'Chaque réseau transmet ses objectifs avant le 30 avril 2018.'];
  for (const [i, t] of decisions.entries())
    await client.query(`insert into decisions (id, meeting_id, position, text) values (gen_random_uuid(), $1, $2, $3)`, [D.FIRST, i + 1, t]);
  await client.query(
    `insert into action_items (id, meeting_id, title, owner_org_id, due_date, created_by_user_id) values ($1, $2, $3, $4, '2018-04-30', $5)`,
    [D.ACTION_CE, D.FIRST, 'Transmettre les objectifs 2018 des structures membres', ORG.CE, USER.REGION_STAFF],
  );
  await client.query(
    `insert into action_items (id, meeting_id, title, owner_user_id, due_date, created_by_user_id) values ($1, $2, $3, $4, '2018-04-15', $5)`,
    [D.ACTION_FAS, D.FIRST, 'Proposer une grille commune de suivi des sorties', USER.FAS_STAFF, USER.REGION_STAFF],
  );
  await client.query(`select set_config('app.organization_id', '', true), set_config('app.user_id', '', true)`);
};
