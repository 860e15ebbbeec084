import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatEuros } from './contractFormat';

/** Budget against coordination + allocations, in euros (a chart AND the figures beside it). */
export function BudgetChart({ budgetCents, coordinationCents, allocatedCents }: { budgetCents: number; coordinationCents: number; allocatedCents: number }) {
  const { t } = useTranslation('contracts');
  const data = [
    { name: t('allocations.budget'), budget: budgetCents / 100, coordination: 0, allocated: 0 },
    { name: t('allocations.allocated'), budget: 0, coordination: coordinationCents / 100, allocated: allocatedCents / 100 },
  ];
  return (
    <div>
      <Title order={3} size="h5" mb="xs">{t('allocations.chartTitle')}</Title>
      <BarChart
        h={200}
        data={data}
        dataKey="name"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 160 }}
        valueFormatter={(v) => formatEuros(Math.round(v * 100))}
        series={[
          { name: 'budget', label: t('allocations.budget'), color: 'blue.6' },
          { name: 'coordination', label: t('allocations.coordination'), color: 'grape.5' },
          { name: 'allocated', label: t('allocations.allocated'), color: budgetCents < coordinationCents + allocatedCents ? 'red.6' : 'teal.6' },
        ]}
      />
    </div>
  );
}
