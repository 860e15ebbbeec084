import { Alert, Anchor, Button, Card, FileInput, Group, List, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import { ImportPreview } from './ImportPreview';
import { MAX_IMPORT_BYTES, fileToBase64, uploadImport, type ImportProgress, type ImportReport } from './uploadImport';

/** Choose a file → preview every row (nothing written) → confirm: the whole file or nothing. */
export function ImportPage() {
  const { t } = useTranslation('members');
  const [file, setFile] = useState<File | null>(null);
  const [payload, setPayload] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const step = done ? 2 : preview ? 1 : 0;

  const reset = () => (setFile(null), setPayload(null), setPreview(null), setDone(null), setError(null));

  const run = async (dryRun: boolean) => {
    setError(null);
    try {
      let data = payload;
      if (!data) {
        if (!file) return;
        if (file.size > MAX_IMPORT_BYTES) return setError({ code: 'BAD_USER_INPUT', message: t('import.tooLarge'), fieldErrors: {} });
        data = await fileToBase64(file);
        setPayload(data);
      }
      setProgress({ phase: 'upload', percent: 0 });
      const report = await uploadImport(data, dryRun, setProgress);
      if (dryRun) setPreview(report);
      else if (report.applied) setDone(report);
      else setPreview(report);
    } catch (e) {
      setError(toUserError(e, { namespace: 'members' }));
    } finally {
      setProgress(null);
    }
  };

  const fileErrorText = (p: ImportReport['fileErrors'][number]) =>
    t(`import.fileErrors.${p.code}`, { defaultValue: p.message, line: p.line ?? '?', column: p.column ?? '' });

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/membres" size="sm">
          {t('actions.back')}
        </Anchor>
        <Title order={1}>{t('import.title')}</Title>
        <Text c="dimmed" maw={800}>
          {t('import.intro')}
        </Text>
      </div>
      <Stepper active={step} allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.steps.file')} />
        <Stepper.Step label={t('import.steps.preview')} />
        <Stepper.Step label={t('import.steps.done')} />
      </Stepper>
      <FormError error={error} />
      {progress ? (
        <Card withBorder>
          <Text size="sm" mb="xs" aria-live="polite">
            {progress.phase === 'upload' ? t('import.uploading', { percent: progress.percent }) : t('import.processing')}
          </Text>
          <Progress
            value={progress.phase === 'upload' ? progress.percent : 100}
            animated={progress.phase === 'processing'}
            striped={progress.phase === 'processing'}
            aria-label={t('import.processing')}
          />
        </Card>
      ) : null}

      {step === 0 ? (
        <Card withBorder padding="lg">
          <Group align="flex-end">
            <FileInput
              label={t('import.file')}
              placeholder={t('import.filePlaceholder')}
              accept=".csv,text/csv,text/plain"
              leftSection={<IconFileTypeCsv size={16} aria-hidden="true" />}
              value={file}
              onChange={(f) => (setFile(f), setPayload(null), setError(null))}
              w={360}
              clearable
            />
            <Button onClick={() => run(true)} disabled={!file || !!progress}>
              {t('import.analyse')}
            </Button>
          </Group>
        </Card>
      ) : null}

      {step === 1 && preview ? (
        <Stack>
          {preview.fileErrors.length ? (
            <Alert color="red" title={t('import.fileRefused')} role="alert">
              <List size="sm">
                {preview.fileErrors.map((p, i) => (
                  <List.Item key={i}>{fileErrorText(p)}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Alert color={preview.errorRows ? 'red' : 'blue'} role="status">
              <Text size="sm">
                {t('import.summary', {
                  total: preview.totalRows,
                  created: preview.created,
                  updated: preview.updated,
                  unchanged: preview.unchanged,
                  errors: preview.errorRows,
                })}
              </Text>
              {preview.errorRows ? (
                <Text size="sm" fw={600} mt={4}>
                  {t('import.hasErrors')}
                </Text>
              ) : null}
            </Alert>
          )}
          <Group>
            {!preview.fileErrors.length && !preview.errorRows ? (
              <Button onClick={() => run(false)} loading={!!progress}>
                {t('import.confirm', { count: preview.totalRows })}
              </Button>
            ) : null}
            <Button variant="default" onClick={reset} disabled={!!progress}>
              {t('import.another')}
            </Button>
          </Group>
          {preview.rows.length ? <ImportPreview report={preview} /> : null}
        </Stack>
      ) : null}

      {step === 2 && done ? (
        <Alert color="green" title={t('import.doneTitle')} role="status">
          <Text size="sm" mb="sm">
            {t('import.done', { created: done.created, updated: done.updated, unchanged: done.unchanged })}
          </Text>
          <Group>
            <Button component={Link} to="/membres">
              {t('import.backToList')}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('import.another')}
            </Button>
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
