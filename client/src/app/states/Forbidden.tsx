import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from './EmptyState';

export interface ForbiddenProps {
  description?: string;
}

/** Shown in place of a page the active role may not use (the server refuses it too). */
export function Forbidden({ description }: ForbiddenProps) {
  const { t } = useTranslation('common');
  return (
    <EmptyState
      icon={<IconLock aria-hidden="true" />}
      headingOrder={1}
      title={t('states.forbiddenTitle')}
      description={description ?? t('states.forbiddenDescription')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('actions.backHome')}
        </Button>
      }
    />
  );
}
