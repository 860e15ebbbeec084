import { CombinedError } from 'urql';
import { i18n } from '../i18n';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | (string & {});

export interface UserError {
  code: ErrorCode;
  /** Translated, ready to show. */
  message: string;
  /** Translated message per input field (`email`, `newPassword`...), for `form.setErrors`. */
  fieldErrors: Record<string, string>;
}

interface FieldErrorDetail {
  field: string;
  code: string;
  message?: string;
  [param: string]: unknown;
}

interface GraphqlErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface ToUserErrorOptions {
  /** Replace the message of a code in this context, e.g. `{ NOT_FOUND: 'members:notFound' }`. */
  messageKeys?: Partial<Record<ErrorCode, string>>;
  /**
   * A feature namespace holding its own field codes: `<namespace>:fieldErrors.<code>` is tried
   * before `errors:fields.<code>` (e.g. `members` for `siret.checksum`).
   */
  namespace?: string;
}

function firstGraphqlError(error: unknown): GraphqlErrorLike | undefined {
  if (error instanceof CombinedError) return error.graphQLErrors[0];
  if (error && typeof error === 'object' && 'graphQLErrors' in error) {
    const list = (error as { graphQLErrors?: GraphqlErrorLike[] }).graphQLErrors;
    return list?.[0];
  }
  return undefined;
}

function isNetworkError(error: unknown): boolean {
  return error instanceof CombinedError ? Boolean(error.networkError) : error instanceof TypeError;
}

function fieldName(path: string): string {
  // `input.email` and `email` name the same form field.
  return path.replace(/^input\./, '');
}

function translateFieldErrors(details: unknown, namespace?: string): Record<string, string> {
  if (!Array.isArray(details)) return {};
  const result: Record<string, string> = {};
  for (const detail of details as FieldErrorDetail[]) {
    if (!detail || typeof detail.field !== 'string') continue;
    const { field, code, message, ...params } = detail;
    const name = fieldName(field);
    if (result[name]) continue;
    const keys = [`errors:fields.${code}`];
    if (namespace) keys.unshift(`${namespace}:fieldErrors.${code}`);
    result[name] = i18n.t(keys, {
      ...params,
      defaultValue: message || i18n.t('errors:fields.invalid'),
    });
  }
  return result;
}

function retryMinutes(extensions: Record<string, unknown> | undefined): number {
  const seconds = Number(extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/**
 * Turn anything an urql call can fail with into what a user should read: the translated message
 * for `extensions.code` (falling back to the server's message), and per-field messages for
 * BAD_USER_INPUT.
 */
export function toUserError(error: unknown, options: ToUserErrorOptions = {}): UserError {
  const graphqlError = firstGraphqlError(error);
  if (!graphqlError) {
    const code = isNetworkError(error) ? 'NETWORK_ERROR' : 'INTERNAL_SERVER_ERROR';
    return { code, message: i18n.t(`errors:${code}`), fieldErrors: {} };
  }
  const extensions = graphqlError.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  // Most specific first: this screen's wording, then the server's `reason`, then the code.
  const keys = [`errors:${code}`];
  if (typeof extensions?.reason === 'string') keys.unshift(`errors:reasons.${extensions.reason}`);
  const override = options.messageKeys?.[code];
  if (override) keys.unshift(override);
  const message =
    code === 'RATE_LIMITED'
      ? i18n.t('errors:RATE_LIMITED', { count: retryMinutes(extensions) })
      : i18n.t(keys, { defaultValue: graphqlError.message || i18n.t('errors:INTERNAL_SERVER_ERROR') });
  return { code, message, fieldErrors: translateFieldErrors(extensions?.fields, options.namespace) };
}
