import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The stable codes clients read from `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Input field path, e.g. `siret` or `allocations.3.amount`. */
  field: string;
  /** Stable machine code the client translates, e.g. `siret.checksum`. */
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Resource') => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (why = 'You may not do this') => new AppError('FORBIDDEN', why);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in first');
export const conflict = (message = 'This record was changed by someone else; reload it') =>
  new AppError('CONFLICT', message);
export const badInput = (fields: FieldError[], message?: string) =>
  new AppError('BAD_USER_INPUT', message ?? `Invalid input: ${fields.map((f) => f.field).join(', ')}`, { fields });
export const fieldError = (field: string, code: string, message: string): FieldError => ({ field, code, message });

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place errors become what a client sees: AppErrors keep their code and details,
 * GraphQL's own validation errors pass, anything else is logged with the request id and masked.
 */
export function makeFormatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Errors thrown outside resolvers (the request lifecycle) wrap an AppError without a path.
    const original = error instanceof GraphQLError && error.originalError instanceof AppError ? error.originalError : unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { ...original.details, code: original.code },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASS_THROUGH_CODES.has(code)) return formatted;
    // type-graphql's argument validation and auth errors carry their own classes.
    const name = (original as Error | undefined)?.constructor?.name;
    if (name === 'UnauthorizedError') return { ...formatted, message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } };
    if (name === 'ForbiddenError') return { ...formatted, message: 'You may not do this', extensions: { code: 'FORBIDDEN' } };
    if (name === 'ArgumentValidationError') return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    if (error instanceof GraphQLError && !error.originalError && !code) return formatted;
    // Logged with the request id by the request lifecycle plugin; the client sees only this.
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
