import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { toUserError } from './errors';

function graphqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('toUserError', () => {
  it('translates the code, and per-field codes with their parameters', () => {
    const error = graphqlError('Invalid input: email, newPassword', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', code: 'email.invalid', message: 'email: Invalid email' },
        { field: 'input.newPassword', code: 'password.too_short', message: 'too short', limit: 12 },
        { field: 'siret', code: 'siret.checksum', message: 'The SIRET checksum is wrong' },
      ],
    });
    expect(toUserError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Certaines informations sont à corriger.',
      fieldErrors: {
        email: 'Adresse e-mail invalide.',
        newPassword: 'Au moins 12 caractères.',
        // No translation yet: the server's message rather than nothing.
        siret: 'The SIRET checksum is wrong',
      },
    });
  });

  it('says in how many minutes to retry after too many sign-in attempts', () => {
    const error = graphqlError('Too many failed sign-ins', { code: 'RATE_LIMITED', retryAfterSeconds: 241 });
    expect(toUserError(error).message).toBe('Trop de tentatives. Réessayez dans 5 minutes.');
    const soon = graphqlError('Too many failed sign-ins', { code: 'RATE_LIMITED', retryAfterSeconds: 20 });
    expect(toUserError(soon).message).toBe('Trop de tentatives. Réessayez dans 1 minute.');
  });

  it('prefers the reason, then the screen override, and falls back to the server message', () => {
    const credentials = graphqlError('Invalid email or password', { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(toUserError(credentials).message).toBe('Adresse e-mail ou mot de passe incorrect.');
    const missing = graphqlError('Member not found', { code: 'NOT_FOUND' });
    expect(toUserError(missing, { messageKeys: { NOT_FOUND: 'auth:invitation.invalidTitle' } }).message).toBe(
      "Lien d'invitation invalide",
    );
    const unknown = graphqlError('Something specific', { code: 'SOMETHING_NEW' });
    expect(toUserError(unknown)).toMatchObject({ code: 'SOMETHING_NEW', message: 'Something specific' });
  });

  it('reports an unreachable server as a network error, in the current language', async () => {
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(toUserError(offline).code).toBe('NETWORK_ERROR');
    await i18n.changeLanguage('en');
    try {
      expect(toUserError(offline).message).toBe('The server cannot be reached. Check your connection and try again.');
    } finally {
      await i18n.changeLanguage('fr');
    }
  });
});
