import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from './EmptyState';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <EmptyState
      icon={<IconMapQuestion aria-hidden="true" />}
      headingOrder={1}
      title={t('states.notFoundTitle')}
      description={t('states.notFoundDescription')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('actions.backHome')}
        </Button>
      }
    />
  );
}
