import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getActiveOrganizationSlug } from '../../app/useActiveOrganization';

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
      const slug = getActiveOrganizationSlug();
      const res = await fetch(`/api/members.csv?${query}`, {
        credentials: 'same-origin',
        headers: slug ? { 'X-Organization': slug } : {},
      });
      if (!res.ok) throw new Error(String(res.status));
      const blob = await res.blob();
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'registre.csv';
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
