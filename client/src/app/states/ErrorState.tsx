import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toUserError } from '../errors';

export interface ErrorStateProps {
  /** Whatever the query failed with (a CombinedError usually). */
  error: unknown;
  onRetry?: () => void;
  title?: string;
  /** Render the title as a heading (1 when the error stands for the whole page, which then still has its h1). */
  headingOrder?: 1 | 2 | 3 | 4;
}

export function ErrorState({ error, onRetry, title, headingOrder }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const { message } = toUserError(error);
  const heading = title ?? t('states.errorTitle');
  return (
    <Alert
      color="red"
      variant="light"
      title={
        headingOrder ? (
          <Box component={`h${headingOrder}`} m={0} fz="inherit" fw="inherit" lh="inherit">
            {heading}
          </Box>
        ) : (
          heading
        )
      }
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
