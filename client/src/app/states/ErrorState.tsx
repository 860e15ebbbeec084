import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toUserError } from '../errors';

export interface ErrorStateProps {
  /** Whatever the query failed with (a CombinedError usually). */
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const { message } = toUserError(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('states.errorTitle')}
      icon={<IconAlertTriangle aria-hidden="true" />}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
