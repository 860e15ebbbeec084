// Every migration, in order. A feature appends its migration here (one line each).
import { Migration20261126000000_foundation } from './Migration20261126000000_foundation.js';
import { Migration20261126100000_members } from './Migration20261126100000_members.js';

export const migrationsList = [
  { name: 'Migration20261126000000_foundation', class: Migration20261126000000_foundation },
  { name: 'Migration20261126100000_members', class: Migration20261126100000_members },
];
