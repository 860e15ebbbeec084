/** `?, ?, ?` for a list bound into raw SQL (knex expands nothing inside `any(?)`); never empty. */
export function inList(values: readonly unknown[]): string {
  if (!values.length) return 'null';
  return values.map(() => '?').join(', ');
}
