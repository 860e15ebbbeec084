import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { UserError } from './errors';

export interface FormErrorProps {
  error: UserError | null;
  /** Fields the form shows under its inputs; other field errors are listed here so none is lost. */
  shownFields?: readonly string[];
}

/** The summary of a failed submit, announced to screen readers. */
export function FormError({ error, shownFields = [] }: FormErrorProps) {
  if (!error) return null;
  const others = Object.entries(error.fieldErrors).filter(([field]) => !shownFields.includes(field));
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />} role="alert">
      {error.message}
      {others.length > 0 ? (
        <List size="sm" mt="xs">
          {others.map(([field, message]) => (
            <List.Item key={field}>{message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
