import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { GraphqlProvider } from './GraphqlProvider';
import { SessionProvider } from './SessionProvider';
import { appCssVariables, createAppTheme } from './theme';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProvider>
        <Notifications position="top-right" />
        <GraphqlProvider>
          <SessionProvider>{children}</SessionProvider>
        </GraphqlProvider>
      </ThemedProvider>
    </I18nextProvider>
  );
}

function ThemedProvider({ children }: { children: ReactNode }) {
  const { t, i18n: instance } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t, instance.language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={appCssVariables} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
