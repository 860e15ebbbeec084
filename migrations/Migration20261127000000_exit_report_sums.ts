import { Migration } from '@mikro-orm/migrations';

/**
 * Per-category sums of each exit report, stored on the report row so the eligibility view, the
 * results and the Region dashboard read five integers instead of expanding the counts jsonb and
 * joining the catalogue for every row. A BEFORE trigger keeps them exact on every insert or change
 * of `counts` (whoever writes: the service, the seed, the bench), in the writer's transaction; a
 * statement trigger on the catalogue recomputes them if a reason changes category.
 */
const CATEGORIES: [string, string][] = [
  ['exits_sustainable', 'SUSTAINABLE_EMPLOYMENT'],
  ['exits_transition', 'TRANSITION_EMPLOYMENT'],
  ['exits_positive', 'POSITIVE_EXIT'],
  ['exits_other', 'OTHER_EXIT'],
  ['exits_withdrawn', 'WITHDRAWN'],
];

export class Migration20261127000000_exit_report_sums extends Migration {
  override async up(): Promise<void> {
    for (const [col] of CATEGORIES) this.addSql(`alter table exit_reports add column ${col} int not null default 0;`);
    this.addSql(`create function exit_report_category_sums() returns trigger language plpgsql as $$
      begin
        select ${CATEGORIES.map(([, cat]) => `coalesce(sum(e.value::int) filter (where er.category = '${cat}'), 0)::int`).join(', ')}
          into ${CATEGORIES.map(([col]) => `new.${col}`).join(', ')}
          from jsonb_each_text(new.counts) e join exit_reasons er on er.code = e.key;
        return new;
      end $$;`);
    this.addSql(`create trigger exit_reports_category_sums before insert or update of counts on exit_reports
      for each row execute function exit_report_category_sums();`);
    this.addSql(`create function exit_reasons_recompute_sums() returns trigger language plpgsql as $$
      begin
        update exit_reports set counts = counts;
        return null;
      end $$;`);
    this.addSql(`create trigger exit_reasons_recompute_sums after update of category or delete on exit_reasons
      for each statement execute function exit_reasons_recompute_sums();`);
    // Backfill as the owner: lift FORCE for the one statement so row-level security does not hide rows.
    this.addSql(`alter table exit_reports no force row level security;`);
    this.addSql(`update exit_reports set counts = counts;`);
    this.addSql(`alter table exit_reports force row level security;`);
    // The eligibility view and the dashboard read VALIDATED reports of one year.
    this.addSql(`create index exit_reports_validated_year_idx on exit_reports (year, tenant_id, member_structure_id)
      include (contract_id, not_examined, ${CATEGORIES.map(([c]) => c).join(', ')}) where status = 'VALIDATED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists exit_reports_validated_year_idx;`);
    this.addSql(`drop trigger if exists exit_reasons_recompute_sums on exit_reasons;`);
    this.addSql(`drop function if exists exit_reasons_recompute_sums();`);
    this.addSql(`drop trigger if exists exit_reports_category_sums on exit_reports;`);
    this.addSql(`drop function if exists exit_report_category_sums();`);
    for (const [col] of CATEGORIES) this.addSql(`alter table exit_reports drop column if exists ${col};`);
  }
}
