import { Migration } from '@mikro-orm/migrations';

/**
 * Organisations, people, sessions, invitations, sign-in throttling and the audit trail, plus the
 * helpers every row-level security policy reads. Runs as the owner of the tables; the
 * application's role (no ownership, no BYPASSRLS) is granted access at start-up.
 */
export class Migration20261126000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type organization_kind as enum ('FUNDER', 'FEDERATION', 'STRUCTURE');`);
    this.addSql(`create type role as enum ('REGION_ADMIN', 'REGION_STAFF', 'FEDERATION_ADMIN', 'FEDERATION_STAFF', 'STRUCTURE_USER');`);

    // Request settings, read once per statement through (select app_...()) in policies.
    // An unset setting reads '' after a pooled transaction ends: nullif makes it match nothing.
    this.addSql(`create function app_tenant() returns uuid language sql stable as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;`);
    this.addSql(`create function app_org_kind() returns text language sql stable as $$ select nullif(current_setting('app.org_kind', true), '') $$;`);
    this.addSql(`create function app_user() returns uuid language sql stable as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;`);
    this.addSql(`create function app_organization() returns uuid language sql stable as $$ select nullif(current_setting('app.organization_id', true), '')::uuid $$;`);
    this.addSql(`create function app_structure() returns uuid language sql stable as $$ select nullif(current_setting('app.structure_id', true), '')::uuid $$;`);

    this.addSql(`create table organizations (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      kind organization_kind not null,
      slug varchar(80) not null unique,
      name varchar(200) not null,
      tenant_id uuid null,
      federation_id uuid null references organizations (id) on delete restrict,
      member_structure_id uuid null,
      version int not null default 1,
      constraint organizations_tenant_by_kind check (
        (kind = 'FUNDER' and tenant_id is null and federation_id is null)
        or (kind = 'FEDERATION' and tenant_id = id and federation_id is null)
        or (kind = 'STRUCTURE' and tenant_id = federation_id)
      )
    );`);
    this.addSql(`create index organizations_tenant_idx on organizations (tenant_id);`);

    this.addSql(`create table users (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      email varchar(254) not null unique check (email = lower(email)),
      display_name varchar(120) not null,
      password_hash varchar(255) not null,
      version int not null default 1
    );`);

    this.addSql(`create table memberships (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      user_id uuid not null references users (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      role role not null,
      version int not null default 1,
      unique (user_id, organization_id)
    );`);
    this.addSql(`create index memberships_organization_idx on memberships (organization_id);`);

    this.addSql(`create table sessions (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      token_hash varchar(64) not null unique,
      user_id uuid not null references users (id) on delete cascade,
      last_seen_at timestamptz not null,
      absolute_expires_at timestamptz not null,
      revoked_at timestamptz null,
      user_agent varchar(300) null
    );`);
    this.addSql(`create index sessions_user_idx on sessions (user_id) where revoked_at is null;`);

    this.addSql(`create table invitations (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      token_hash varchar(64) not null unique,
      email varchar(254) not null,
      role role not null,
      organization_id uuid not null references organizations (id) on delete cascade,
      invited_by_id uuid null references users (id) on delete set null,
      expires_at timestamptz not null,
      accepted_at timestamptz null,
      revoked_at timestamptz null
    );`);
    this.addSql(`create index invitations_organization_idx on invitations (organization_id) where accepted_at is null and revoked_at is null;`);

    // Failed sign-ins per account and per address, in the database so every API process agrees.
    this.addSql(`create table login_throttles (
      key varchar(300) primary key,
      failures int not null default 0,
      window_started_at timestamptz not null default now(),
      locked_until timestamptz null
    );`);

    this.addSql(`create table audit_events (
      id uuid primary key,
      tenant_id uuid null,
      entity_type varchar(60) not null,
      entity_id uuid not null,
      action varchar(60) not null,
      changes jsonb null,
      actor_user_id uuid null,
      actor_organization_id uuid null,
      request_id varchar(64) null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index audit_events_entity_idx on audit_events (tenant_id, entity_type, entity_id, created_at);`);
    this.addSql(`alter table audit_events enable row level security;`);
    this.addSql(`alter table audit_events force row level security;`);
    this.addSql(`create policy audit_events_tenant on audit_events
      using (tenant_id = (select app_tenant()) or (select app_org_kind()) = 'FUNDER')
      with check (tenant_id = (select app_tenant()) or (select app_org_kind()) = 'FUNDER');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists audit_events, login_throttles, invitations, sessions, memberships, users, organizations cascade;`);
    this.addSql(`drop function if exists app_tenant(), app_org_kind(), app_user(), app_organization(), app_structure();`);
    this.addSql(`drop type if exists role, organization_kind;`);
  }
}
