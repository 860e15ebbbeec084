import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import type { ExitCategory as GqlCategory } from '../../gql/graphql';
import { EXAMINATION_RULES, EXIT_CATEGORIES, countsByCategory, eligibility, exitRates, type ExitCategory, type StructureKindCode } from '../../../../server/src/exits/exit-rates';
import { countProblem } from '../../../../server/src/exits/exit-report.rules';
import { i18n } from '../../i18n';
import { RatesPanel } from './RatesPanel';

export const ExitReasonsQuery = graphql(`
  query ExitReasons {
    exitReasons { code labelFr labelEn category sortOrder }
  }
`);
const MemberOptions = graphql(`
  query ExitReportMembers($filter: MemberFilter) {
    members(first: 20, filter: $filter) { totalCount edges { node { id name siret city kinds } } }
  }
`);
const Save = graphql(`
  mutation SaveExitReport($input: SaveExitReportInput!) {
    saveExitReport(input: $input) { exitReport { id version status } }
  }
`);

export interface EditableReport {
  id: string;
  version: number;
  year: number;
  structureName: string;
  kinds: string[];
  notExamined: number;
  counts: { reasonCode: string; count: number }[];
  rates: { threshold: number };
}

/** Counts by reason, grouped by category, with the rates computed live by the shared module. */
export function ExitReportForm({ report, asNetwork, onDone }: { report: EditableReport | null; asNetwork: boolean; onDone: () => void }) {
  const { t } = useTranslation('exits');
  const [reasons] = useQuery({ query: ExitReasonsQuery });
  // Server-side search over all the network's members (name, SIRET or city), 20 at a time.
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<{ id: string; name: string; kinds: string[] } | null>(null);
  // Once chosen, the field shows the chosen label: that is not a new search.
  const term = debounced.trim() && debounced !== selected?.name ? debounced.trim() : null;
  const [members] = useQuery({ query: MemberOptions, variables: { filter: { search: term } }, pause: !asNetwork || !!report });
  const [state, save] = useMutation(Save);
  const [year, setYear] = useState<number | ''>(report?.year ?? new Date().getFullYear() - 1);
  const [counts, setCounts] = useState<Record<string, number | ''>>(() => Object.fromEntries((report?.counts ?? []).map((c) => [c.reasonCode, c.count])));
  const [notExamined, setNotExamined] = useState<number | ''>(report?.notExamined ?? 0);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const list = reasons.data?.exitReasons ?? [];
  const categoryOf = useMemo(() => Object.fromEntries(list.map((r) => [r.code, r.category as ExitCategory])), [list]);
  const numeric = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v === '' ? 0 : Number(v)]));
  const live = exitRates(countsByCategory(numeric, categoryOf), notExamined === '' ? 0 : Number(notExamined));
  const threshold = report?.rates.threshold ?? 0.6;
  const problems = Object.entries(counts).filter(([, v]) => v !== '' && countProblem(Number(v)));
  const structureId = selected?.id ?? null;
  const kinds = report?.kinds ?? selected?.kinds ?? [];
  const found = (members.data?.members.edges ?? []).map((e) => e.node);
  const memberOptions = [
    ...(selected && !found.some((m) => m.id === selected.id) ? [{ value: selected.id, label: selected.name }] : []),
    ...found.map((m) => ({ value: m.id, label: `${m.name} — ${m.city ?? ''} (${m.siret})` })),
  ];
  const more = (members.data?.members.totalCount ?? 0) - found.length;

  const submit = async () => {
    setError(null);
    const r = await save({
      input: {
        id: report?.id ?? null,
        version: report?.version ?? null,
        memberStructureId: asNetwork && !report ? structureId : null,
        year: Number(year),
        counts: Object.entries(counts).filter(([, v]) => v !== '' && Number(v) !== 0).map(([reasonCode, count]) => ({ reasonCode, count: Number(count) })),
        notExamined: notExamined === '' ? 0 : Number(notExamined),
      },
    });
    if (r.error) {
      const e = toUserError(r.error, { namespace: 'exits' });
      setError(e.message);
      setFieldErrors(e.fieldErrors);
      return;
    }
    notifications.show({ color: 'green', message: t('saved') });
    onDone();
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{report ? `${report.structureName} — ${report.year}` : t('new')}</Title>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        {!report ? (
          <Group grow>
            {asNetwork ? (
              <Select
                label={t('structure')}
                placeholder={t('structureSearch')}
                required
                searchable
                clearable
                data={memberOptions}
                filter={({ options }) => options}
                searchValue={search}
                onSearchChange={setSearch}
                value={structureId}
                onChange={(id) => {
                  const m = found.find((x) => x.id === id);
                  setSelected(m ? { id: m.id, name: `${m.name} — ${m.city ?? ''} (${m.siret})`, kinds: m.kinds } : id && selected?.id === id ? selected : null);
                }}
                nothingFoundMessage={members.fetching ? t('searching') : t('noStructureFound')}
                description={more > 0 ? t('moreStructures', { count: more }) : undefined}
                error={fieldErrors.memberStructureId}
              />
            ) : null}
            <NumberInput label={t('year')} required min={2000} max={2100} value={year} onChange={(v) => setYear(v === '' ? '' : Number(v))} error={fieldErrors.year} />
          </Group>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('rule')} :{' '}
          {(kinds.length ? kinds : ['ACI', 'AI', 'EITI']).map((k) => {
            const rule = EXAMINATION_RULES[k as StructureKindCode];
            return t(`rules.${rule.kind}`, { ...rule, kind: k });
          }).join(' · ')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {EXIT_CATEGORIES.map((cat) => (
            <Card key={cat} withBorder padding="sm">
              <Text fw={600} mb="xs">{t(`category.${cat}`)}</Text>
              <Stack gap={6}>
                {list.filter((r) => r.category === (cat as GqlCategory)).map((r) => {
                  const v = counts[r.code] ?? '';
                  const p = v !== '' ? countProblem(Number(v)) : null;
                  const i = Object.keys(counts).indexOf(r.code);
                  return (
                    <NumberInput
                      key={r.code}
                      label={i18n.language === 'en' ? r.labelEn : r.labelFr}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      value={v}
                      onChange={(x) => setCounts({ ...counts, [r.code]: x === '' ? '' : Number(x) })}
                      error={p ? t(`fieldErrors.${p}`) : fieldErrors[`counts.${i}.count`]}
                      size="xs"
                    />
                  );
                })}
              </Stack>
            </Card>
          ))}
          <Card withBorder padding="sm">
            <NumberInput label={t('notExamined')} min={0} allowDecimal={false} allowNegative={false} value={notExamined} onChange={(x) => setNotExamined(x === '' ? '' : Number(x))} error={fieldErrors.notExamined} size="xs" />
          </Card>
        </SimpleGrid>
        <RatesPanel rates={live} threshold={threshold} eligibility={eligibility(live.dynamic, live.examined, threshold)} />
        <Group>
          <Button onClick={submit} loading={state.fetching} disabled={problems.length > 0 || year === '' || (asNetwork && !report && !structureId)}>{t('actions.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('actions.close')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
