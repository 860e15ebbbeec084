import { i18n } from '../../i18n';

/** Same limits as the server (server/src/auth/password.ts). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Form validator for a new password (null when valid), with the server's field messages. */
export function validateNewPassword(value: string): string | null {
  if (value.length < MIN_PASSWORD_LENGTH) return i18n.t('errors:fields.password.too_short', { limit: MIN_PASSWORD_LENGTH });
  if (value.length > MAX_PASSWORD_LENGTH) return i18n.t('errors:fields.password.too_long', { limit: MAX_PASSWORD_LENGTH });
  return null;
}

/** Form validator for the confirmation field. */
export function validatePasswordConfirmation(value: string, password: string): string | null {
  if (!value) return i18n.t('errors:fields.required');
  return value === password ? null : i18n.t('errors:fields.password.mismatch');
}
