import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../app/download';

export interface ExportButtonProps {
  /** Query string of the export route (the list's filters). */
  query: string;
}

/** Downloads the (filtered) register as CSV: fetched with the organisation header, saved as a file. */
export function ExportButton({ query }: ExportButtonProps) {
  const { t } = useTranslation('members');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/members.csv?${query}`, 'registre.csv');
    } catch {
      notifications.show({ color: 'red', message: t('errors:INTERNAL_SERVER_ERROR') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} loading={busy} onClick={download}>
      {t('actions.export')}
    </Button>
  );
}
