import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { getSchema } from '../server/src/core/schema.js';

/** The SDL as the code defines it; `schema/schema.graphql` must equal it (a test checks). */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

if (process.argv[1]?.endsWith('print-schema.ts')) {
  writeFileSync('schema/schema.graphql', await printedSchema());
  console.log('schema/schema.graphql written');
}
