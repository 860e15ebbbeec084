import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, PACA_DEPARTMENTS, STRUCTURE_KINDS } from './memberFormat';
import { SORTS, type RegisterView, type SortKey } from './useMemberSearchParams';

export interface MemberFiltersProps {
  view: RegisterView;
  update: (patch: Partial<RegisterView>) => void;
  /** For the Region: the networks to filter on. */
  networks?: { id: string; name: string }[];
}

export function MemberFilters({ view, update, networks }: MemberFiltersProps) {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState(view.search);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced.trim() !== view.search) update({ search: debounced.trim() });
    // Only the typed text drives this; the URL is the source of the rest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    if (view.search !== search.trim()) setSearch(view.search);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.search]);
  const filtered = view.kinds.length + view.departments.length + view.statuses.length + view.networks.length > 0 || !!view.search;

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={260}
      />
      {networks ? (
        <MultiSelect
          searchable
          label={t('filters.networks')}
          data={networks.map((n) => ({ value: n.id, label: n.name }))}
          value={view.networks}
          onChange={(networks) => update({ networks })}
          clearable
          w={240}
        />
      ) : null}
      <MultiSelect
          searchable
        label={t('filters.kinds')}
        data={STRUCTURE_KINDS.map((k) => ({ value: k, label: k }))}
        value={view.kinds}
        onChange={(kinds) => update({ kinds })}
        clearable
        w={180}
      />
      <MultiSelect
          searchable
        label={t('filters.departments')}
        data={PACA_DEPARTMENTS}
        value={view.departments}
        onChange={(departments) => update({ departments })}
        clearable
        w={220}
      />
      <MultiSelect
          searchable
        label={t('filters.statuses')}
        data={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={view.statuses}
        onChange={(statuses) => update({ statuses })}
        clearable
        w={200}
      />
      <Select
        label={t('filters.sort')}
        data={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        value={view.sort}
        onChange={(sort) => update({ sort: (sort as SortKey) ?? 'NAME_ASC' })}
        allowDeselect={false}
        w={210}
      />
      {filtered ? (
        <Button variant="subtle" onClick={() => update({ search: '', kinds: [], departments: [], statuses: [], networks: [] })}>
          {t('actions.resetFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
