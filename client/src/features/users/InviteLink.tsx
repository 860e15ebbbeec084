import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface InviteLinkProps {
  email: string;
  url: string;
  onDone: () => void;
}

/** The one-time invitation link, shown once right after the invitation is created. */
export function InviteLink({ email, url, onDone }: InviteLinkProps) {
  const { t } = useTranslation('users');
  return (
    <Stack>
      <Alert color="green" variant="light" icon={<IconMailForward aria-hidden="true" />} role="status">
        <Text size="sm">{t('invite.created', { email })}</Text>
        <Text size="sm" fw={600}>
          {t('invite.onlyOnce')}
        </Text>
      </Alert>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('invite.link')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
        />
        <CopyButton value={url} timeout={4000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
              aria-live="polite"
            >
              {copied ? t('invite.copied') : t('invite.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group>
        <Button variant="default" onClick={onDone}>
          {t('invite.another')}
        </Button>
      </Group>
    </Stack>
  );
}
