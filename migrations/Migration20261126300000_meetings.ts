import { Migration } from '@mikro-orm/migrations';

/**
 * Working groups and meetings. Meetings span tenants (the Region convenes the five networks), so
 * these tables carry no tenant_id: visibility is by convening or by invitation, written out in the
 * services and enforced again here by row-level security.
 *
 * Policy recursion: a meeting is visible through its invitations, and an invitation through its
 * meeting (policy on A reading B whose policy reads A: "infinite recursion detected in policy").
 * The cycle is cut once: the meetings policy reads invitations through `app_invited_meeting_ids()`,
 * a SECURITY DEFINER function that reads them as the owner (no policy applied); every child table
 * (invitations included) follows its meeting with `exists (select 1 from meetings ...)`. Same for
 * working groups and their members.
 */
export class Migration20261126300000_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table working_groups (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      convener_org_id uuid not null references organizations (id) on delete restrict,
      title varchar(200) not null,
      description text null,
      version int not null default 1
    );`);
    this.addSql(`create table working_group_members (
      working_group_id uuid not null references working_groups (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      primary key (working_group_id, organization_id)
    );`);
    this.addSql(`create index working_group_members_org_idx on working_group_members (organization_id);`);

    this.addSql(`create table meetings (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      working_group_id uuid null references working_groups (id) on delete set null,
      convener_org_id uuid not null references organizations (id) on delete restrict,
      created_by_user_id uuid null references users (id) on delete set null,
      title varchar(200) not null,
      description text null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      time_zone varchar(64) not null default 'Europe/Paris',
      multi_day boolean not null default false,
      place varchar(300) null,
      video_url varchar(500) null,
      status varchar(16) not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED', 'HELD')),
      minutes_editor_ids uuid[] not null default '{}',
      version int not null default 1,
      sequence int not null default 0,
      constraint meetings_ends_after_start check (ends_at > starts_at)
    );`);
    this.addSql(`create index meetings_convener_idx on meetings (convener_org_id, starts_at);`);
    this.addSql(`create index meetings_starts_idx on meetings (starts_at);`);
    this.addSql(`create index meetings_group_idx on meetings (working_group_id);`);

    this.addSql(`create table agenda_items (
      id uuid primary key,
      meeting_id uuid not null references meetings (id) on delete cascade,
      position int not null,
      title varchar(300) not null,
      unique (meeting_id, position)
    );`);

    this.addSql(`create table meeting_invitations (
      id uuid primary key,
      created_at timestamptz not null default now(),
      meeting_id uuid not null references meetings (id) on delete cascade,
      organization_id uuid null references organizations (id) on delete cascade,
      user_id uuid null references users (id) on delete cascade,
      required boolean not null default true,
      answer varchar(16) not null default 'PENDING' check (answer in ('PENDING', 'ACCEPTED', 'DECLINED', 'TENTATIVE')),
      comment varchar(1000) null,
      answered_at timestamptz null,
      answered_by_user_id uuid null references users (id) on delete set null,
      constraint meeting_invitations_someone check (organization_id is not null or user_id is not null)
    );`);
    this.addSql(`create unique index meeting_invitations_org_uq on meeting_invitations (meeting_id, organization_id) where user_id is null;`);
    this.addSql(`create unique index meeting_invitations_user_uq on meeting_invitations (meeting_id, user_id) where user_id is not null;`);
    this.addSql(`create index meeting_invitations_meeting_idx on meeting_invitations (meeting_id);`);
    this.addSql(`create index meeting_invitations_org_idx on meeting_invitations (organization_id, meeting_id);`);
    this.addSql(`create index meeting_invitations_user_idx on meeting_invitations (user_id, meeting_id);`);

    this.addSql(`create table meeting_minutes (
      meeting_id uuid primary key references meetings (id) on delete cascade,
      body text not null default '',
      updated_at timestamptz not null default now(),
      updated_by_user_id uuid null references users (id) on delete set null,
      version int not null default 1
    );`);
    this.addSql(`create table decisions (
      id uuid primary key,
      meeting_id uuid not null references meetings (id) on delete cascade,
      position int not null,
      text varchar(2000) not null
    );`);
    this.addSql(`create index decisions_meeting_idx on decisions (meeting_id, position);`);

    this.addSql(`create table action_items (
      id uuid primary key,
      created_at timestamptz not null default now(),
      meeting_id uuid not null references meetings (id) on delete cascade,
      title varchar(500) not null,
      owner_user_id uuid null references users (id) on delete set null,
      owner_org_id uuid null references organizations (id) on delete cascade,
      due_date date null,
      done_at timestamptz null,
      done_by_user_id uuid null references users (id) on delete set null,
      created_by_user_id uuid null references users (id) on delete set null,
      version int not null default 1,
      constraint action_items_owner check (owner_user_id is not null or owner_org_id is not null)
    );`);
    this.addSql(`create index action_items_meeting_idx on action_items (meeting_id);`);
    this.addSql(`create index action_items_owner_user_idx on action_items (owner_user_id) where done_at is null;`);
    this.addSql(`create index action_items_owner_org_idx on action_items (owner_org_id) where done_at is null;`);

    this.addSql(`create table calendar_feed_tokens (
      id uuid primary key,
      created_at timestamptz not null default now(),
      user_id uuid not null references users (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      token_hash varchar(64) not null unique,
      revoked_at timestamptz null
    );`);

    this.addSql(`create table meeting_notices (
      id uuid primary key,
      created_at timestamptz not null default now(),
      user_id uuid not null references users (id) on delete cascade,
      meeting_id uuid not null references meetings (id) on delete cascade,
      kind varchar(16) not null check (kind in ('INVITED', 'UPDATED', 'CANCELLED')),
      read_at timestamptz null
    );`);
    this.addSql(`create index meeting_notices_user_idx on meeting_notices (user_id, created_at desc);`);

    // The meetings one is invited to, read by the meetings policy. SECURITY DEFINER: reads the
    // invitations as the owner, so the invitations policy (which looks at meetings) is not applied
    // and cannot recurse. A structure account sees only personal invitations.
    this.addSql(`create function app_invited_meeting_ids() returns setof uuid language sql stable security definer
      set search_path from current as $$
        select i.meeting_id from meeting_invitations i
         where i.user_id = (select app_user())
            or (i.organization_id = (select app_organization()) and (select app_org_kind()) is distinct from 'STRUCTURE')
      $$;`);
    this.addSql(`create function app_visible_working_group_ids() returns setof uuid language sql stable security definer
      set search_path from current as $$
        select g.id from working_groups g where g.convener_org_id = (select app_organization())
        union
        select w.working_group_id from working_group_members w where w.organization_id = (select app_organization())
      $$;`);
    // The calendar feed is read without a session: the token (hashed) names the person and organisation.
    this.addSql(`create function calendar_feed_owner(p_hash text) returns table (user_id uuid, organization_id uuid) language sql stable security definer
      set search_path from current as $$
        select t.user_id, t.organization_id from calendar_feed_tokens t
          join memberships ms on ms.user_id = t.user_id and ms.organization_id = t.organization_id
         where t.token_hash = p_hash and t.revoked_at is null
      $$;`);
    // Free/busy across networks for conflict warnings and the slot finder: times only, never titles,
    // and only for organisations that may convene (the Region and the networks).
    this.addSql(`create function meeting_busy(p_orgs uuid[], p_users uuid[], p_from timestamptz, p_to timestamptz, p_exclude uuid)
      returns table (starts_at timestamptz, ends_at timestamptz, organization_id uuid, user_id uuid)
      language sql stable security definer set search_path from current as $$
        select m.starts_at, m.ends_at, case when i.user_id is null then i.organization_id end, coalesce(i.user_id, i.answered_by_user_id)
          from meeting_invitations i join meetings m on m.id = i.meeting_id
         where app_org_kind() in ('FUNDER', 'FEDERATION')
           and m.status <> 'CANCELLED' and m.starts_at < p_to and m.ends_at > p_from
           and m.id is distinct from p_exclude and i.answer = 'ACCEPTED'
           and (i.user_id = any(p_users) or i.answered_by_user_id = any(p_users) or (i.user_id is null and i.organization_id = any(p_orgs)))
      $$;`);
    this.addSql(`revoke execute on function app_invited_meeting_ids(), app_visible_working_group_ids(), calendar_feed_owner(text), meeting_busy(uuid[], uuid[], timestamptz, timestamptz, uuid) from public;`);

    // Child rows follow their meeting: the subquery applies the meetings policy.
    const visible = (t: string) => `exists (select 1 from meetings m where m.id = ${t}.meeting_id)`;
    for (const t of ['working_groups', 'working_group_members', 'meetings', 'agenda_items', 'meeting_invitations', 'meeting_minutes', 'decisions', 'action_items', 'calendar_feed_tokens', 'meeting_notices']) {
      this.addSql(`alter table ${t} enable row level security;`);
      this.addSql(`alter table ${t} force row level security;`);
    }
    this.addSql(`create policy working_groups_visible on working_groups
      using (id in (select x from app_visible_working_group_ids() x) or convener_org_id = (select app_organization()))
      with check (convener_org_id = (select app_organization()));`);
    this.addSql(`create policy working_group_members_visible on working_group_members
      using (working_group_id in (select x from app_visible_working_group_ids() x))
      with check (working_group_id in (select x from app_visible_working_group_ids() x));`);
    this.addSql(`create policy meetings_visible on meetings
      using (convener_org_id = (select app_organization()) or id in (select x from app_invited_meeting_ids() x))
      with check (convener_org_id = (select app_organization()) or id in (select x from app_invited_meeting_ids() x));`);
    for (const t of ['agenda_items', 'meeting_invitations', 'meeting_minutes', 'decisions'])
      this.addSql(`create policy ${t}_visible on ${t} using (${visible(t)}) with check (${visible(t)});`);
    const owner = `owner_user_id = (select app_user()) or (owner_org_id = (select app_organization()) and (select app_org_kind()) is distinct from 'STRUCTURE')`;
    this.addSql(`create policy action_items_visible on action_items using (${visible('action_items')} or ${owner}) with check (${visible('action_items')} or ${owner});`);
    this.addSql(`create policy calendar_feed_tokens_own on calendar_feed_tokens
      using (user_id = (select app_user())) with check (user_id = (select app_user()));`);
    // Notices are read by their addressee and written by whoever changes a meeting they can see.
    this.addSql(`create policy meeting_notices_read on meeting_notices for select using (user_id = (select app_user()));`);
    this.addSql(`create policy meeting_notices_mark on meeting_notices for update using (user_id = (select app_user())) with check (user_id = (select app_user()));`);
    this.addSql(`create policy meeting_notices_delete on meeting_notices for delete using (user_id = (select app_user()));`);
    this.addSql(`create policy meeting_notices_write on meeting_notices for insert with check (${visible('meeting_notices')});`);

    // FORCE makes policies apply to the owner too; an owner that does not bypass row-level security
    // would then recurse through the definer functions. Such an owner gets NO FORCE on the tables
    // those functions read (the application role never owns them, so it stays fully policed).
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)) then
        alter table meeting_invitations no force row level security;
        alter table working_groups no force row level security;
        alter table working_group_members no force row level security;
        alter table calendar_feed_tokens no force row level security;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists meeting_notices, calendar_feed_tokens, action_items, decisions, meeting_minutes, meeting_invitations, agenda_items, meetings, working_group_members, working_groups cascade;`);
    this.addSql(`drop function if exists app_invited_meeting_ids(), app_visible_working_group_ids(), calendar_feed_owner(text), meeting_busy(uuid[], uuid[], timestamptz, timestamptz, uuid);`);
  }
}
