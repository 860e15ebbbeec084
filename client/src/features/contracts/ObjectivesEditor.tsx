import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { INDICATORS, INDICATOR_BY_CODE, targetProblem } from '../../../../server/src/contracts/contract.rules';
import { i18n } from '../../i18n';

export interface ObjectiveDraft {
  indicator: string;
  target: number | '';
}

export const indicatorLabel = (code: string) => {
  const def = INDICATOR_BY_CODE[code];
  return def ? (i18n.language === 'en' ? def.labelEn : def.labelFr) : code;
};

/** Problems per row, with the same rule as the server (contract.rules.ts). */
export function objectiveProblems(rows: ObjectiveDraft[]): (string | null)[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    if (!r.indicator) return 'required';
    if (seen.has(r.indicator)) return 'objective.indicator.duplicate';
    seen.add(r.indicator);
    if (r.target === '') return 'required';
    return targetProblem(r.indicator, INDICATOR_BY_CODE[r.indicator].unit, r.target);
  });
}

export const toObjectiveInputs = (rows: ObjectiveDraft[]) =>
  rows.map((r) => ({ indicator: r.indicator, unit: INDICATOR_BY_CODE[r.indicator].unit, target: Number(r.target) }));

export function ObjectivesEditor({ value, onChange, disabled }: { value: ObjectiveDraft[]; onChange: (v: ObjectiveDraft[]) => void; disabled?: boolean }) {
  const { t } = useTranslation('contracts');
  const problems = objectiveProblems(value);
  const set = (i: number, patch: Partial<ObjectiveDraft>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      {!value.length ? <Text c="dimmed">{t('objectives.empty')}</Text> : null}
      {value.map((r, i) => {
        const unit = r.indicator ? INDICATOR_BY_CODE[r.indicator]?.unit : null;
        const problem = problems[i];
        return (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select
              label={t('objectives.indicator')}
              data={INDICATORS.map((d) => ({ value: d.code, label: indicatorLabel(d.code) }))}
              value={r.indicator || null}
              onChange={(v) => set(i, { indicator: v ?? '' })}
              disabled={disabled}
              style={{ flex: 2 }}
              error={problem === 'objective.indicator.duplicate' ? t(`fieldErrors.${problem}`) : undefined}
            />
            <NumberInput
              label={`${t('objectives.target')}${unit ? ` (${t(`units.${unit}`)})` : ''}`}
              value={r.target}
              onChange={(v) => set(i, { target: v === '' ? '' : Number(v) })}
              disabled={disabled}
              decimalSeparator=","
              style={{ flex: 1 }}
              error={problem && problem.startsWith('objective.target') ? t(`fieldErrors.${problem}`) : undefined}
            />
            <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('objectives.remove')} disabled={disabled} onClick={() => onChange(value.filter((_, j) => j !== i))}>
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} disabled={disabled} onClick={() => onChange([...value, { indicator: '', target: '' }])}>
          {t('objectives.add')}
        </Button>
      </Group>
    </Stack>
  );
}
