import { createTheme, PasswordInput, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

/** The theme, with the few built-in labels Mantine renders itself translated. */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    // Visible focus ring for keyboard users on every interactive element.
    focusRing: 'auto',
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    components: {
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common:actions.togglePassword') } },
      }),
    },
  });
}
