import type { z } from 'zod';
import { badInput, type FieldError } from './errors.js';

const KEY = /^[a-z][a-zA-Z_]*(\.[a-zA-Z_]+)+$/;

/** A zod issue as a field error: a message written as a key (`siret.checksum`) becomes the code. */
function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  if (KEY.test(issue.message)) return { field, code: issue.message, message: `${field}: ${issue.message}` };
  const i = issue as z.core.$ZodIssue & { origin?: string; minimum?: number | bigint; maximum?: number | bigint; format?: string };
  let code: string = issue.code;
  if (issue.code === 'too_big') code = i.origin === 'string' ? 'too_long' : i.origin === 'array' ? 'too_many' : 'too_big';
  else if (issue.code === 'too_small')
    code = i.origin === 'string' ? (Number(i.minimum) <= 1 ? 'required' : 'too_short') : i.origin === 'array' ? 'too_few' : 'too_small';
  else if (issue.code === 'invalid_format') code = i.format === 'email' ? 'email.invalid' : i.format === 'url' ? 'url.invalid' : 'invalid_format';
  else if (issue.code === 'invalid_type') code = 'invalid_type';
  const limit = i.maximum ?? i.minimum;
  return { field, code, message: `${field}: ${issue.message}`, ...(limit !== undefined ? { limit: Number(limit) } : {}) };
}

/** Checks an input against its schema; every problem comes back at once, each naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInput(result.error.issues.map(toFieldError));
}
