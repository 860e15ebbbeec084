import { Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExitRates } from '../../../../server/src/exits/exit-rates';
import { ELIGIBILITY_COLOR, formatRate } from '../contracts/contractFormat';

/** Exact counts and the rates computed from them (one decimal; "—" when nothing was examined). */
export function RatesPanel({ rates, threshold, eligibility }: { rates: Pick<ExitRates, 'totalExits' | 'examined' | 'dynamic'> & { dynamicRate?: number | null; sustainableRate?: number | null; employmentRate?: number | null }; threshold: number; eligibility: string }) {
  const { t } = useTranslation('exits');
  const cell = (label: string, value: string, testId?: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg" data-testid={testId}>{value}</Text>
    </Stack>
  );
  return (
    <Stack gap="xs" aria-live="polite">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        {cell(t('rates.total'), String(rates.totalExits))}
        {cell(t('rates.examined'), String(rates.examined), 'examined')}
        {cell(t('rates.dynamic'), String(rates.dynamic))}
        {cell(t('rates.dynamicRate'), formatRate(rates.dynamicRate), 'dynamic-rate')}
        {cell(t('rates.sustainableRate'), formatRate(rates.sustainableRate))}
        {cell(t('rates.employmentRate'), formatRate(rates.employmentRate))}
      </SimpleGrid>
      {rates.dynamicRate !== null && rates.dynamicRate !== undefined ? (
        <div style={{ position: 'relative' }} aria-hidden="true">
          <Progress value={rates.dynamicRate * 100} color={eligibility === 'ELIGIBLE' ? 'teal' : 'orange'} size="lg" />
          <div style={{ position: 'absolute', left: `${threshold * 100}%`, top: -4, bottom: -4, borderLeft: '2px solid var(--mantine-color-red-6)' }} />
        </div>
      ) : null}
      <Group gap="xs">
        <Badge color={ELIGIBILITY_COLOR[eligibility]} variant="light" data-testid="eligibility">{t(`eligibility.${eligibility}`)}</Badge>
        <Text size="sm" c="dimmed">{t('rates.threshold')} : {formatRate(threshold)}</Text>
      </Group>
    </Stack>
  );
}
