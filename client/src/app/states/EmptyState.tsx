import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  /** A button or link, e.g. "Inviter un utilisateur". */
  action?: ReactNode;
  /** Render the title as a heading (1 when the state stands for the whole page); a plain line otherwise. */
  headingOrder?: 1 | 2 | 3 | 4;
}

export function EmptyState({ title, description, icon, action, headingOrder }: EmptyStateProps) {
  return (
    <MantineEmptyState py="xl" icon={icon ?? <IconInbox aria-hidden="true" />} withIndicatorBackground>
      <MantineEmptyState.Title order={headingOrder}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
