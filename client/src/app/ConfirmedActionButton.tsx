import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ConfirmDialog } from './ConfirmDialog';
import { toUserError } from './errors';

export interface ConfirmedActionButtonProps {
  /** Visible text of the small red button. */
  label: string;
  ariaLabel: string;
  leftSection?: ReactNode;
  disabled?: boolean;
  title: string;
  confirmLabel: string;
  /** What the dialog asks. */
  message: ReactNode;
  /** Shown as a notification once the action succeeded. */
  successMessage: string;
  /** Runs the mutation; its error (if any) stays in the dialog, translated. */
  run: () => Promise<{ error?: CombinedError }>;
  running: boolean;
}

/** A destructive action behind a confirmation: the button, the dialog, its error and the success notice. */
export function ConfirmedActionButton(props: ConfirmedActionButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    const result = await props.run();
    if (result.error) {
      setError(toUserError(result.error).message);
      return;
    }
    close();
    notifications.show({ color: 'green', message: props.successMessage });
  };

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={props.leftSection}
        onClick={() => {
          setError(null);
          open();
        }}
        disabled={props.disabled}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={() => void confirm()}
        loading={props.running}
        error={error}
        danger
        title={props.title}
        confirmLabel={props.confirmLabel}
      >
        {props.message}
      </ConfirmDialog>
    </>
  );
}
