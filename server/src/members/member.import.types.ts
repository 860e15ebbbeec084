import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportRowAction, { name: 'ImportRowAction' });

@InputType({
  description:
    'A register file. Send the raw bytes as `csvBase64` (the encoding — UTF-8, UTF-16 or Windows-1252 — is detected) or text as `csv`. ' +
    'At most 20,000 rows and 10 MB. With `dryRun` nothing is written; otherwise the whole file goes in, or nothing when any row has an error.',
})
export class ImportMembersInput {
  @Field(() => String, { nullable: true }) csv?: string | null;
  @Field(() => String, { nullable: true }) csvBase64?: string | null;
  @Field(() => Boolean) dryRun: boolean;
}

@ObjectType('ImportFieldError')
export class ImportFieldErrorType {
  @Field(() => String, { description: 'Field of the record (siret, postcode...), or `row` / `id`.' }) field: string;
  @Field(() => String, { description: 'Stable code, e.g. siret.checksum, siret.duplicateInFile.' }) code: string;
  @Field(() => String) message: string;
}

@ObjectType()
export class ImportFileProblem {
  @Field(() => String, { description: 'file.empty, file.binary, file.tooLarge, file.tooManyRows, file.malformed, columns.missing, columns.unknown...' })
  code: string;
  @Field(() => String) message: string;
  @Field(() => Int, { nullable: true }) line?: number | null;
  @Field(() => String, { nullable: true }) column?: string | null;
}

@ObjectType()
export class ImportRowResultType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' }) line: number;
  @Field(() => ImportRowAction) action: ImportRowAction;
  @Field(() => String, { nullable: true }) siret: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => ID, { nullable: true, description: 'The member updated (or created, once applied).' }) memberId: string | null;
  @Field(() => [String], { description: 'For an update: the fields that change.' }) changedFields: string[];
  @Field(() => [ImportFieldErrorType]) errors: ImportFieldErrorType[];
}

@ObjectType()
export class ImportMembersPayload {
  @Field(() => Boolean) dryRun: boolean;
  @Field(() => Boolean, { description: 'True when the rows were written (not a dry run, no error).' }) applied: boolean;
  @Field(() => String, { nullable: true }) encoding: string | null;
  @Field(() => String, { nullable: true }) delimiter: string | null;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) errorRows: number;
  @Field(() => [ImportFileProblem], { description: 'Problems with the file as a whole; when any, no row is read.' }) fileErrors: ImportFileProblem[];
  @Field(() => [ImportRowResultType]) rows: ImportRowResultType[];
}
