// Every migration, in order. A feature appends its migration here (one line each).
import { Migration20261126000000_foundation } from './Migration20261126000000_foundation.js';
import { Migration20261126100000_members } from './Migration20261126100000_members.js';
import { Migration20261126200000_contracts } from './Migration20261126200000_contracts.js';
import { Migration20261126300000_meetings } from './Migration20261126300000_meetings.js';
import { Migration20261126400000_audit_scope } from './Migration20261126400000_audit_scope.js';
import { Migration20261127000000_exit_report_sums } from './Migration20261127000000_exit_report_sums.js';

export const migrationsList = [
  { name: 'Migration20261126000000_foundation', class: Migration20261126000000_foundation },
  { name: 'Migration20261126100000_members', class: Migration20261126100000_members },
  { name: 'Migration20261126200000_contracts', class: Migration20261126200000_contracts },
  { name: 'Migration20261126300000_meetings', class: Migration20261126300000_meetings },
  { name: 'Migration20261126400000_audit_scope', class: Migration20261126400000_audit_scope },
  { name: 'Migration20261127000000_exit_report_sums', class: Migration20261127000000_exit_report_sums },
];
