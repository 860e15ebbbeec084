import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MemberDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../app/format';
import { formatDay, formatDecimal, formatSiret } from './memberFormat';

export const MemberDetailsFragmentDoc = graphql(`
  fragment MemberDetails on Member {
    id
    name
    siret
    kinds
    postcode
    department
    city
    address
    email
    phone
    website
    etp
    insertionHeadcount
    annexNumber
    status
    statusSince
    notes
    version
    updatedAt
    network {
      id
      name
    }
  }
`);

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children ?? '—'}
      </Text>
    </div>
  );
}

export function MemberDetails({ member: m }: { member: MemberDetailsFragment }) {
  const { t } = useTranslation('members');
  return (
    <Stack>
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="md" m={0}>
          <Item label={t('fields.siret')}>{formatSiret(m.siret)}</Item>
          <Item label={t('fields.kinds')}>
            <Group gap={4} component="span">
              {m.kinds.map((k) => (
                <Badge key={k} variant="light" title={t(`kinds.${k}`)}>
                  {k}
                </Badge>
              ))}
            </Group>
          </Item>
          <Item label={t('fields.network')}>{m.network?.name}</Item>
          <Item label={t('fields.address')}>{m.address}</Item>
          <Item label={t('fields.city')}>{[m.postcode, m.city].filter(Boolean).join(' ') || null}</Item>
          <Item label={t('fields.department')}>{m.department}</Item>
          <Item label={t('fields.email')}>{m.email ? <Anchor href={`mailto:${m.email}`}>{m.email}</Anchor> : null}</Item>
          <Item label={t('fields.phone')}>{m.phone}</Item>
          <Item label={t('fields.website')}>
            {m.website ? (
              <Anchor href={m.website} target="_blank" rel="noopener noreferrer">
                {m.website}
              </Anchor>
            ) : null}
          </Item>
          <Item label={t('fields.etp')}>{formatDecimal(m.etp)}</Item>
          <Item label={t('fields.insertionHeadcount')}>{formatDecimal(m.insertionHeadcount)}</Item>
          <Item label={t('fields.annexNumber')}>{m.annexNumber}</Item>
          <Item label={t('fields.status')}>
            {t(`statuses.${m.status}`)} {m.statusSince ? `(${t('fields.statusSince').toLowerCase()} ${formatDay(m.statusSince)})` : ''}
          </Item>
          <Item label={t('fields.updatedAt')}>{formatDate(m.updatedAt)}</Item>
        </SimpleGrid>
        {m.notes ? (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('fields.notes')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</Text>
          </Stack>
        ) : null}
      </Card>
    </Stack>
  );
}
