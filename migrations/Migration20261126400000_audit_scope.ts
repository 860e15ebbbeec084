import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail's second wall, narrowed: a structure account reads only the history of its own
 * member record and of its own exit reports (exit_reports' own policy limits the sub-select to
 * them), not its whole network's. Writes stay as before: into the active tenant, or any for the Region.
 */
export class Migration20261126400000_audit_scope extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop policy audit_events_tenant on audit_events;`);
    this.addSql(`create policy audit_events_read on audit_events for select using (
      (select app_org_kind()) = 'FUNDER'
      or ((select app_org_kind()) = 'FEDERATION' and tenant_id = (select app_tenant()))
      or ((select app_org_kind()) = 'STRUCTURE' and tenant_id = (select app_tenant())
          and (entity_id = (select app_structure()) or entity_id in (select id from exit_reports))));`);
    this.addSql(`create policy audit_events_write on audit_events for insert
      with check (tenant_id = (select app_tenant()) or (select app_org_kind()) = 'FUNDER');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists audit_events_read on audit_events;`);
    this.addSql(`drop policy if exists audit_events_write on audit_events;`);
    this.addSql(`create policy audit_events_tenant on audit_events
      using (tenant_id = (select app_tenant()) or (select app_org_kind()) = 'FUNDER')
      with check (tenant_id = (select app_tenant()) or (select app_org_kind()) = 'FUNDER');`);
  }
}
