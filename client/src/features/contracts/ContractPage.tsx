import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { ErrorState } from '../../app/states/ErrorState';
import { Loading } from '../../app/states/Loading';
import { NotFound } from '../../app/states/NotFound';
import { toUserError } from '../../app/errors';
import { graphql } from '../../gql';
import { AllocationEditor } from './AllocationEditor';
import { AmendmentsTab } from './AmendmentsTab';
import { DiscussionTab } from './DiscussionTab';
import { HistoryTab } from './HistoryTab';
import { ObjectivesTab } from './ObjectivesTab';
import { ResultsTab } from './ResultsTab';
import { StatusStepper } from './StatusStepper';
import { STATUS_COLOR, formatDay } from './contractFormat';

export const ContractPageQuery = graphql(`
  query ContractPage($id: ID!) {
    contract(id: $id) {
      id
      title
      status
      version
      periodStart
      periodEnd
      budgetCents
      coordinationCents
      allocatedCents
      threshold
      approved
      approvedByName
      signedByName
      network { id name }
      viewerActions { transitions canEdit canApprove canAmend canComment }
      objectives { id indicator unit target }
      allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }
      comments { id body objectiveId authorName authorOrganizationName createdAt }
      results { objectiveId indicator unit target interim final computed examined dynamic attainment }
      amendments { id number reason signedByName signedAt changes { field before after } }
      history(first: 50) { totalCount edges { node { id action changes actorName actorOrganizationName createdAt } } }
    }
  }
`);

export type ContractPageData = NonNullable<NonNullable<ReturnType<typeof useContractPage>[0]['data']>['contract']>;
const CONTEXT = { additionalTypenames: ['ObjectiveContract', 'ContractComment'] };
const useContractPage = (id: string) => useQuery({ query: ContractPageQuery, variables: { id }, context: CONTEXT });

export function ContractPage() {
  const { t } = useTranslation('contracts');
  const { contractId = '' } = useParams();
  const { organization } = useViewer();
  const [result, refetch] = useContractPage(contractId);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (result.error && !result.data) return toUserError(result.error).code === 'NOT_FOUND' ? <NotFound /> : <ErrorState error={result.error} onRetry={reload} />;
  const c = result.data?.contract;
  if (!c) return <Loading />;
  const structure = organization.kind === 'STRUCTURE';
  // While the page re-reads after a change, its version is stale: actions wait (no false CONFLICT).
  const refreshing = result.fetching || !!result.stale;

  return (
    <Stack gap="lg">
      <div>
        <Group gap="sm">
          <Title order={1}>{c.title}</Title>
          <Badge color={STATUS_COLOR[c.status]} size="lg" variant="light" data-testid="contract-status">
            {t(`status.${c.status}`)}
          </Badge>
        </Group>
        <Text c="dimmed">
          {c.network.name} · {formatDay(c.periodStart)} – {formatDay(c.periodEnd)}
        </Text>
      </div>
      <StatusStepper contract={c} onChanged={reload} disabled={refreshing} />
      <Tabs defaultValue="objectives" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="objectives">{t('tabs.objectives')}</Tabs.Tab>
          <Tabs.Tab value="allocations">{t('tabs.allocations')}</Tabs.Tab>
          {!structure ? <Tabs.Tab value="discussion">{t('tabs.discussion')} ({c.comments.length})</Tabs.Tab> : null}
          {!structure ? <Tabs.Tab value="results">{t('tabs.results')}</Tabs.Tab> : null}
          {!structure ? <Tabs.Tab value="amendments">{t('tabs.amendments')} ({c.amendments.length})</Tabs.Tab> : null}
          {!structure ? <Tabs.Tab value="history">{t('tabs.history')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="objectives" pt="md">
          <ObjectivesTab contract={c} onChanged={reload} disabled={refreshing} />
        </Tabs.Panel>
        <Tabs.Panel value="allocations" pt="md">
          <AllocationEditor contract={c} onChanged={reload} disabled={refreshing} />
        </Tabs.Panel>
        <Tabs.Panel value="discussion" pt="md">
          <DiscussionTab contract={c} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsTab contract={c} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="amendments" pt="md">
          <AmendmentsTab contract={c} onChanged={reload} disabled={refreshing} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab contract={c} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
