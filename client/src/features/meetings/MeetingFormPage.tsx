import { Alert, Button, Card, Checkbox, Grid, Group, List, MultiSelect, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../app/FormError';
import { toUserError, type UserError } from '../../app/errors';
import { useHasRole } from '../../app/session';
import { Forbidden } from '../../app/states/Forbidden';
import { Loading } from '../../app/states/Loading';
import { ErrorState } from '../../app/states/ErrorState';
import { checkMeetingTimes, checkTitle, checkVideoUrl } from '../../../../server/src/meetings/meeting.rules';
import { SlotFinder } from './SlotFinder';
import { CONVENER_ROLES } from './MeetingsPage';
import { formatMeetingRange } from './meetingTime';
import type { ScheduleMeetingMutation } from '../../gql/graphql';

const FormData = graphql(`
  query MeetingFormData {
    meetingInvitees {
      organizationId
      organizationName
      organizationKind
      invitable
      people {
        id
        displayName
      }
    }
    workingGroups {
      id
      title
      organizations {
        id
      }
    }
  }
`);

const Schedule = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        id
        title
      }
      conflicts {
        startsAt
        endsAt
        organization {
          id
          name
        }
        person {
          id
          displayName
        }
      }
    }
  }
`);

const ConflictsQuery = graphql(`
  query MeetingConflicts($input: MeetingConflictsInput!) {
    meetingConflicts(input: $input) {
      startsAt
      endsAt
      organization {
        id
        name
      }
      person {
        id
        displayName
      }
    }
  }
`);

const SHOWN = ['title', 'startsAt', 'endsAt', 'timeZone', 'videoUrl', 'place', 'description'];

/** The meeting form: participants picker, slot finder, conflict warnings. */
export function MeetingFormPage() {
  const { t } = useTranslation('meetings');
  const canConvene = useHasRole(CONVENER_ROLES);
  const navigate = useNavigate();
  const [{ data, fetching, error: loadError }, refetch] = useQuery({ query: FormData, pause: !canConvene });
  const [{ fetching: saving }, schedule] = useMutation(Schedule);
  const [v, setV] = useState({ groupId: null as string | null, title: '', description: '', agenda: '', date: '', start: '10:00', end: '12:00', endDate: '', multiDay: false, place: '', videoUrl: '' });
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [editorIds, setEditorIds] = useState<string[]>([]);
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<ScheduleMeetingMutation['scheduleMeeting'] | null>(null);
  const [touched, setTouched] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));

  const startsAt = v.date ? `${v.date}T${v.start}` : '';
  const endsAt = v.date ? `${v.multiDay && v.endDate ? v.endDate : v.date}T${v.end}` : '';
  // The server's own rules, as you type.
  const local = useMemo(() => {
    const errs: Record<string, string> = {};
    const tr = (code: string) => t([`fieldErrors.${code}`, `errors:fields.${code}`]);
    for (const e of checkTitle(v.title)) errs.title = tr(e.code);
    for (const e of checkVideoUrl(v.videoUrl || null)) errs.videoUrl = tr(e.code);
    if (v.date) for (const e of checkMeetingTimes({ startsAt, endsAt, timeZone: 'Europe/Paris', multiDay: v.multiDay }).errors) errs[e.field] = tr(e.code);
    return errs;
  }, [v, startsAt, endsAt, t]);

  // Live warnings while choosing people and times: the same check the server makes on save.
  const timesOk = !!v.date && !local.startsAt && !local.endsAt;
  const [conflicts] = useQuery({
    query: ConflictsQuery,
    variables: { input: { organizationIds: orgIds, userIds, startsAt, endsAt, timeZone: 'Europe/Paris', multiDay: v.multiDay } },
    pause: !canConvene || !timesOk || (!orgIds.length && !userIds.length),
    requestPolicy: 'network-only',
  });
  const liveConflicts = timesOk && (orgIds.length || userIds.length) ? (conflicts.data?.meetingConflicts ?? []) : [];

  if (!canConvene) return <Forbidden description={t('form.forbidden')} />;
  if (fetching && !data) return <Loading />;
  if (loadError || !data) return <ErrorState error={loadError} headingOrder={1} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  const orgOptions = data.meetingInvitees.filter((o) => o.invitable).map((o) => ({ value: o.organizationId, label: o.organizationName }));
  const peopleOptions = data.meetingInvitees
    .filter((o) => o.people.length)
    .map((o) => ({ group: o.organizationName, items: o.people.map((p) => ({ value: p.id, label: `${p.displayName} (${o.organizationName})` })) }));
  // A person belongs to several organisations: keep each once.
  const seen = new Set<string>();
  const peopleDeduped = peopleOptions.map((g) => ({ ...g, items: g.items.filter((p) => (seen.has(p.value) ? false : (seen.add(p.value), true))) })).filter((g) => g.items.length);
  const peopleLabel = new Map(peopleDeduped.flatMap((g) => g.items.map((i) => [i.value, i.label] as const)));
  const errorOf = (field: string): string | undefined => (touched && local[field] ? local[field] : error?.fieldErrors[field]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.keys(local).length || !v.date) return;
    const r = await schedule({
      input: {
        workingGroupId: v.groupId,
        title: v.title,
        description: v.description || null,
        agenda: v.agenda.split('\n').map((x) => x.trim()).filter(Boolean),
        startsAt,
        endsAt,
        timeZone: 'Europe/Paris',
        multiDay: v.multiDay,
        place: v.place || null,
        videoUrl: v.videoUrl || null,
        organizationIds: orgIds,
        userIds,
        minutesEditorIds: editorIds,
      },
    });
    if (r.error || !r.data) {
      setError(toUserError(r.error, { namespace: 'meetings' }));
      return;
    }
    if (r.data.scheduleMeeting.conflicts.length) setDone(r.data.scheduleMeeting);
    else navigate(`/reunions/${r.data.scheduleMeeting.meeting.id}`);
  };

  if (done)
    return (
      <Stack>
        <Title order={1}>{done.meeting.title}</Title>
        <Alert color="yellow" title={t('form.conflictsTitle')} role="alert">
          <List size="sm">
            {done.conflicts.map((c, i) => (
              <List.Item key={i}>
                {t('form.conflict', { who: c.person?.displayName ?? c.organization?.name ?? '?', when: formatMeetingRange(c.startsAt, c.endsAt) })}
              </List.Item>
            ))}
          </List>
        </Alert>
        <Group>
          <Button component={Link} to={`/reunions/${done.meeting.id}`}>
            {t('form.openMeeting')}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Title order={1}>{t('form.title')}</Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md">
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <FormError error={error} shownFields={SHOWN} />
                <Select
                  label={t('form.group')}
                  placeholder={t('form.noGroup')}
                  clearable
                  data={data.workingGroups.map((g) => ({ value: g.id, label: g.title }))}
                  value={v.groupId}
                  onChange={(id) => {
                    set({ groupId: id });
                    const g = data.workingGroups.find((x) => x.id === id);
                    if (g) setOrgIds(g.organizations.map((o) => o.id).filter((o) => orgOptions.some((x) => x.value === o)));
                  }}
                />
                <TextInput label={t('form.meetingTitle')} required value={v.title} onChange={(e) => set({ title: e.currentTarget.value })} onBlur={() => setTouched(true)} error={errorOf('title')} />
                <Textarea label={t('form.agenda')} value={v.agenda} onChange={(e) => set({ agenda: e.currentTarget.value })} autosize minRows={3} />
                <Group align="flex-start">
                  <TextInput label={t('form.date')} type="date" required value={v.date} onChange={(e) => set({ date: e.currentTarget.value })} error={errorOf('startsAt')} />
                  <TextInput label={t('form.start')} type="time" required value={v.start} onChange={(e) => set({ start: e.currentTarget.value })} />
                  {v.multiDay ? <TextInput label={t('form.endDate')} type="date" value={v.endDate} onChange={(e) => set({ endDate: e.currentTarget.value })} /> : null}
                  <TextInput label={t('form.end')} type="time" required value={v.end} onChange={(e) => set({ end: e.currentTarget.value })} error={v.date ? local.endsAt ?? error?.fieldErrors.endsAt : undefined} />
                </Group>
                <Checkbox label={t('form.multiDay')} checked={v.multiDay} onChange={(e) => set({ multiDay: e.currentTarget.checked })} />
                <TextInput label={t('form.place')} value={v.place} onChange={(e) => set({ place: e.currentTarget.value })} error={errorOf('place')} />
                <TextInput label={t('form.videoUrl')} value={v.videoUrl} onChange={(e) => set({ videoUrl: e.currentTarget.value })} error={errorOf('videoUrl')} />
                <Textarea label={t('form.description')} value={v.description} onChange={(e) => set({ description: e.currentTarget.value })} autosize minRows={2} />
                <MultiSelect label={t('form.organizations')} data={orgOptions} value={orgIds} onChange={setOrgIds} searchable clearable />
                <MultiSelect label={t('form.people')} data={peopleDeduped} value={userIds} onChange={setUserIds} searchable clearable />
                <MultiSelect
                  label={t('form.editors')}
                  data={userIds.map((id) => ({ value: id, label: peopleLabel.get(id) ?? id }))}
                  value={editorIds.filter((id) => userIds.includes(id))}
                  onChange={setEditorIds}
                />
                {liveConflicts.length ? (
                  <Alert color="yellow" title={t('form.conflictsTitle')} data-testid="live-conflicts">
                    <List size="sm">
                      {liveConflicts.map((c, i) => (
                        <List.Item key={i}>
                          {t('form.conflict', { who: c.person?.displayName ?? c.organization?.name ?? '?', when: formatMeetingRange(c.startsAt, c.endsAt) })}
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                ) : null}
                <Group>
                  <Button type="submit" loading={saving}>
                    {t('form.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SlotFinder organizationIds={orgIds} userIds={userIds} onPick={(s) => set({ date: s.date, start: s.start, end: s.end, multiDay: false })} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
