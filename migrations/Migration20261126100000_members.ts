import { Migration } from '@mikro-orm/migrations';

/**
 * Member structures: each network's register. Tenant-owned; a structure account sees only its
 * own row. `(tenant_id, id)` is unique so other tables can point at a member of the SAME tenant
 * with a composite foreign key.
 */
export class Migration20261126100000_members extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type structure_kind as enum ('ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ');`);
    this.addSql(`create type member_status as enum ('ACTIVE', 'SUSPENDED', 'LEFT');`);
    this.addSql(`create table member_structures (
      id uuid primary key,
      tenant_id uuid not null references organizations (id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      name varchar(200) not null,
      siret char(14) not null check (siret ~ '^[0-9]{14}$'),
      kinds structure_kind[] not null check (cardinality(kinds) between 1 and 6),
      postcode varchar(5) null check (postcode ~ '^[0-9]{5}$'),
      department varchar(3) null,
      city varchar(120) null,
      address varchar(300) null,
      email varchar(254) null,
      phone varchar(30) null,
      website varchar(300) null,
      etp numeric(8, 2) null check (etp >= 0),
      insertion_headcount int null check (insertion_headcount >= 0),
      annex_number varchar(30) null,
      status member_status not null default 'ACTIVE',
      status_since date null,
      notes text null check (length(notes) <= 5000),
      version int not null default 1,
      constraint member_structures_tenant_id_key unique (tenant_id, id),
      constraint member_structures_siret_key unique (tenant_id, siret)
    );`);
    // A structure account stands for a member of its own network, never of another.
    this.addSql(`alter table organizations add constraint organizations_member_structure_fk
      foreign key (tenant_id, member_structure_id) references member_structures (tenant_id, id) on delete set null (member_structure_id);`);
    this.addSql(`create index member_structures_tenant_name_idx on member_structures (tenant_id, lower(name));`);
    this.addSql(`create index member_structures_siret_idx on member_structures (siret);`);
    this.addSql(`alter table member_structures enable row level security;`);
    this.addSql(`alter table member_structures force row level security;`);
    // The Region reads every register; a network its own; a structure account only its own row.
    this.addSql(`create policy member_structures_tenant on member_structures
      using ((select app_org_kind()) = 'FUNDER'
             or (tenant_id = (select app_tenant()) and ((select app_org_kind()) = 'FEDERATION' or id = (select app_structure()))))
      with check ((select app_org_kind()) = 'FUNDER'
             or (tenant_id = (select app_tenant()) and (select app_org_kind()) = 'FEDERATION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table organizations drop constraint if exists organizations_member_structure_fk;`);
    this.addSql(`drop table if exists member_structures cascade;`);
    this.addSql(`drop type if exists member_status, structure_kind;`);
  }
}
