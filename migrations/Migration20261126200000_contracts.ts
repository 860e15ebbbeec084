import { Migration } from '@mikro-orm/migrations';

const EXIT_REASONS: [string, string, string, string, number][] = [
  ['CDI', 'CDI', 'Permanent contract', 'SUSTAINABLE_EMPLOYMENT', 10],
  ['CDD_6M_PLUS', 'CDD de 6 mois ou plus', 'Fixed-term contract of 6 months or more', 'SUSTAINABLE_EMPLOYMENT', 20],
  ['INTERIM_6M_PLUS', 'Intérim de 6 mois ou plus', 'Temporary work of 6 months or more', 'SUSTAINABLE_EMPLOYMENT', 30],
  ['CIVIL_SERVICE', 'Fonction publique', 'Civil service', 'SUSTAINABLE_EMPLOYMENT', 40],
  ['BUSINESS_CREATION', "Création d'entreprise", 'Business creation', 'SUSTAINABLE_EMPLOYMENT', 50],
  ['CDD_UNDER_6M', 'CDD de moins de 6 mois', 'Fixed-term contract under 6 months', 'TRANSITION_EMPLOYMENT', 60],
  ['INTERIM_UNDER_6M', 'Intérim de moins de 6 mois', 'Temporary work under 6 months', 'TRANSITION_EMPLOYMENT', 70],
  ['SUBSIDISED_CONTRACT', 'Contrat aidé hors IAE', 'Subsidised contract outside IAE', 'TRANSITION_EMPLOYMENT', 80],
  ['QUALIFYING_TRAINING', 'Formation qualifiante', 'Qualifying training', 'POSITIVE_EXIT', 90],
  ['OTHER_SIAE', 'Embauche dans une autre SIAE', 'Hired by another SIAE', 'POSITIVE_EXIT', 100],
  ['UNEMPLOYMENT', 'Chômage', 'Unemployment', 'OTHER_EXIT', 110],
  ['INACTIVITY', 'Inactivité', 'Inactivity', 'OTHER_EXIT', 120],
  ['NO_NEWS', 'Sans nouvelles', 'No news', 'OTHER_EXIT', 130],
  ['TRIAL_BREAK', "Rupture de période d'essai", 'Trial-period break', 'OTHER_EXIT', 140],
  ['DEATH', 'Décès', 'Death', 'WITHDRAWN', 150],
  ['LONG_ILLNESS_MATERNITY', 'Longue maladie ou maternité', 'Long illness or maternity leave', 'WITHDRAWN', 160],
  ['COURT_DECISION', 'Décision judiciaire ou administrative', 'Court or administrative decision', 'WITHDRAWN', 170],
  ['SERIOUS_MISCONDUCT', 'Licenciement pour faute grave', 'Dismissal for serious misconduct', 'WITHDRAWN', 180],
];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Tenant-owned tables: the Region reads all; a network its own; a structure account as written per table. */
const TENANT_OR_REGION = `(select app_org_kind()) = 'FUNDER' or (tenant_id = (select app_tenant()) and (select app_org_kind()) = 'FEDERATION')`;

/**
 * Objective contracts, objectives, allocations, discussion, amendments, results, the exit-reason
 * catalogue, exit reports and the Region's yearly envelope. Every tenant-owned table has RLS and
 * composite foreign keys (tenant_id, x_id), so no row can point into another network.
 */
export class Migration20261126200000_contracts extends Migration {
  override async up(): Promise<void> {
    // Owner/superuser runs migrations here; needed for the no-overlap exclusion constraint on uuid.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create type contract_status as enum ('DRAFT', 'NEGOTIATION', 'SIGNED', 'CLOSED', 'CANCELLED');`);
    this.addSql(`create type objective_unit as enum ('PERCENT', 'COUNT', 'HOURS', 'EUROS', 'ETP');`);
    this.addSql(`create type exit_category as enum ('SUSTAINABLE_EMPLOYMENT', 'TRANSITION_EMPLOYMENT', 'POSITIVE_EXIT', 'OTHER_EXIT', 'WITHDRAWN');`);
    this.addSql(`create type exit_report_status as enum ('DRAFT', 'SUBMITTED', 'VALIDATED');`);
    this.addSql(`create type result_period as enum ('INTERIM', 'FINAL');`);

    // Reference data, shared by all networks: readable by everyone, written by the Region only.
    this.addSql(`create table exit_reasons (
      code varchar(40) primary key check (code ~ '^[A-Z0-9_]+$'),
      label_fr varchar(200) not null,
      label_en varchar(200) not null,
      category exit_category not null,
      sort_order int not null default 0
    );`);
    this.addSql(`insert into exit_reasons (code, label_fr, label_en, category, sort_order) values ${EXIT_REASONS.map(
      ([c, fr, en, cat, o]) => `(${q(c)}, ${q(fr)}, ${q(en)}, ${q(cat)}, ${o})`,
    ).join(', ')};`);
    this.addSql(`alter table exit_reasons enable row level security;`);
    this.addSql(`create policy exit_reasons_read on exit_reasons for select using (true);`);
    this.addSql(`create policy exit_reasons_write on exit_reasons for all using ((select app_org_kind()) = 'FUNDER') with check ((select app_org_kind()) = 'FUNDER');`);

    // The Region's yearly envelope: Region-only data.
    this.addSql(`create table region_settings (
      year int primary key check (year between 2000 and 2100),
      envelope_cents bigint not null check (envelope_cents >= 0),
      version int not null default 1,
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`alter table region_settings enable row level security;`);
    this.addSql(`alter table region_settings force row level security;`);
    this.addSql(`create policy region_settings_region on region_settings using ((select app_org_kind()) = 'FUNDER') with check ((select app_org_kind()) = 'FUNDER');`);

    this.addSql(`create table objective_contracts (
      id uuid primary key,
      tenant_id uuid not null references organizations (id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      title varchar(200) not null check (length(trim(title)) > 0),
      period_start date not null,
      period_end date not null,
      status contract_status not null default 'DRAFT',
      budget_cents bigint not null check (budget_cents >= 0),
      coordination_cents bigint not null default 0 check (coordination_cents >= 0),
      threshold numeric(4, 3) not null default 0.600 check (threshold > 0 and threshold <= 1),
      approved_by uuid null references users (id) on delete set null,
      approved_at timestamptz null,
      signed_by uuid null references users (id) on delete set null,
      signed_at timestamptz null,
      version int not null default 1,
      constraint objective_contracts_period check (period_end >= period_start),
      constraint objective_contracts_coordination check (coordination_cents <= budget_cents),
      constraint objective_contracts_tenant_id_key unique (tenant_id, id),
      constraint objective_contracts_no_overlap exclude using gist (tenant_id with =, daterange(period_start, period_end, '[]') with &&) where (status <> 'CANCELLED')
    );`);

    this.addSql(`create table objectives (
      id uuid primary key,
      tenant_id uuid not null,
      contract_id uuid not null,
      indicator varchar(40) not null,
      unit objective_unit not null,
      target numeric(14, 2) not null check (target >= 0),
      position int not null default 0,
      constraint objectives_contract_fk foreign key (tenant_id, contract_id) references objective_contracts (tenant_id, id) on delete cascade,
      constraint objectives_tenant_id_key unique (tenant_id, id),
      constraint objectives_indicator_key unique (tenant_id, contract_id, indicator),
      constraint objectives_percent check (unit <> 'PERCENT' or target <= 100)
    );`);

    this.addSql(`create table allocations (
      id uuid primary key,
      tenant_id uuid not null,
      contract_id uuid not null,
      member_structure_id uuid not null,
      amount_cents bigint not null check (amount_cents >= 0),
      targets jsonb not null default '{}' check (jsonb_typeof(targets) = 'object'),
      constraint allocations_contract_fk foreign key (tenant_id, contract_id) references objective_contracts (tenant_id, id) on delete cascade,
      constraint allocations_member_fk foreign key (tenant_id, member_structure_id) references member_structures (tenant_id, id) on delete restrict,
      constraint allocations_tenant_id_key unique (tenant_id, id),
      constraint allocations_structure_key unique (tenant_id, contract_id, member_structure_id)
    );`);
    this.addSql(`create index allocations_structure_idx on allocations (tenant_id, member_structure_id);`);

    // Allocations + coordination never exceed the budget: checked at commit, after whole-list rewrites.
    this.addSql(`create function contract_budget_check() returns trigger language plpgsql security definer set search_path = public as $$
      declare cid uuid; tid uuid; over boolean;
      begin
        if tg_table_name = 'objective_contracts' then cid := new.id; tid := new.tenant_id;
        elsif tg_op = 'DELETE' then cid := old.contract_id; tid := old.tenant_id;
        else cid := new.contract_id; tid := new.tenant_id; end if;
        select c.coordination_cents + coalesce((select sum(a.amount_cents) from allocations a where a.tenant_id = tid and a.contract_id = cid), 0) > c.budget_cents
          into over from objective_contracts c where c.tenant_id = tid and c.id = cid;
        if coalesce(over, false) then
          raise exception 'allocations exceed the contract budget' using errcode = '23514', constraint = 'contract_budget';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger allocations_budget after insert or update on allocations deferrable initially deferred for each row execute function contract_budget_check();`);
    this.addSql(`create constraint trigger objective_contracts_budget after update of budget_cents, coordination_cents on objective_contracts deferrable initially deferred for each row execute function contract_budget_check();`);

    this.addSql(`create table contract_comments (
      id uuid primary key,
      tenant_id uuid not null,
      contract_id uuid not null,
      objective_id uuid null,
      body text not null check (length(body) between 1 and 5000),
      author_user_id uuid null references users (id) on delete set null,
      author_organization_id uuid null references organizations (id) on delete set null,
      created_at timestamptz not null default now(),
      constraint contract_comments_contract_fk foreign key (tenant_id, contract_id) references objective_contracts (tenant_id, id) on delete cascade,
      constraint contract_comments_objective_fk foreign key (tenant_id, objective_id) references objectives (tenant_id, id) on delete cascade
    );`);
    this.addSql(`create index contract_comments_contract_idx on contract_comments (tenant_id, contract_id, created_at);`);

    this.addSql(`create table amendments (
      id uuid primary key,
      tenant_id uuid not null,
      contract_id uuid not null,
      number int not null check (number > 0),
      reason text not null check (length(reason) between 1 and 2000),
      before jsonb not null,
      after jsonb not null,
      signed_by uuid null references users (id) on delete set null,
      signed_at timestamptz not null default now(),
      constraint amendments_contract_fk foreign key (tenant_id, contract_id) references objective_contracts (tenant_id, id) on delete cascade,
      constraint amendments_number_key unique (tenant_id, contract_id, number)
    );`);

    this.addSql(`create table result_values (
      id uuid primary key,
      tenant_id uuid not null,
      objective_id uuid not null,
      period result_period not null,
      actual numeric(14, 2) not null check (actual >= 0),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      constraint result_values_objective_fk foreign key (tenant_id, objective_id) references objectives (tenant_id, id) on delete cascade,
      constraint result_values_key unique (tenant_id, objective_id, period)
    );`);

    this.addSql(`create table exit_reports (
      id uuid primary key,
      tenant_id uuid not null,
      member_structure_id uuid not null,
      contract_id uuid not null,
      year int not null check (year between 2000 and 2100),
      counts jsonb not null default '{}' check (jsonb_typeof(counts) = 'object'),
      not_examined int not null default 0 check (not_examined >= 0),
      status exit_report_status not null default 'DRAFT',
      submitted_at timestamptz null,
      validated_by uuid null references users (id) on delete set null,
      validated_at timestamptz null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      constraint exit_reports_member_fk foreign key (tenant_id, member_structure_id) references member_structures (tenant_id, id) on delete cascade,
      constraint exit_reports_contract_fk foreign key (tenant_id, contract_id) references objective_contracts (tenant_id, id) on delete restrict,
      constraint exit_reports_tenant_id_key unique (tenant_id, id),
      constraint exit_reports_period_key unique (tenant_id, member_structure_id, year)
    );`);
    this.addSql(`create index exit_reports_year_idx on exit_reports (year, status);`);

    // Row-level security. A structure account sees the contracts that cover it, their objectives,
    // its own allocation row only, and its own exit reports; never discussion, amendments or results.
    const covers = (t: string) =>
      `exists (select 1 from allocations a where a.tenant_id = ${t}.tenant_id and a.contract_id = ${t}.contract_id and a.member_structure_id = (select app_structure()))`;
    const structureRead: Record<string, string> = {
      objective_contracts: `exists (select 1 from allocations a where a.tenant_id = objective_contracts.tenant_id and a.contract_id = objective_contracts.id and a.member_structure_id = (select app_structure()))`,
      objectives: covers('objectives'),
      allocations: `member_structure_id = (select app_structure())`,
      exit_reports: `member_structure_id = (select app_structure())`,
    };
    for (const t of ['objective_contracts', 'objectives', 'allocations', 'contract_comments', 'amendments', 'result_values', 'exit_reports']) {
      this.addSql(`alter table ${t} enable row level security;`);
      this.addSql(`alter table ${t} force row level security;`);
      const s = structureRead[t];
      const using = s ? `${TENANT_OR_REGION} or (tenant_id = (select app_tenant()) and (select app_org_kind()) = 'STRUCTURE' and ${s})` : TENANT_OR_REGION;
      // Structure accounts write only their own exit reports; nothing else.
      const check =
        t === 'exit_reports'
          ? `${TENANT_OR_REGION} or (tenant_id = (select app_tenant()) and (select app_org_kind()) = 'STRUCTURE' and member_structure_id = (select app_structure()))`
          : TENANT_OR_REGION;
      this.addSql(`create policy ${t}_tenant on ${t} using (${using}) with check (${check});`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists exit_reports, result_values, amendments, contract_comments, allocations, objectives, objective_contracts, region_settings, exit_reasons cascade;`);
    this.addSql(`drop function if exists contract_budget_check();`);
    this.addSql(`drop type if exists result_period, exit_report_status, exit_category, objective_unit, contract_status;`);
    this.addSql(`drop extension if exists btree_gist;`);
  }
}
