import { Button, Card, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { toUserError, type UserError } from '../../app/errors';
import { FormError } from '../../app/FormError';
import type { CreateMemberInput as MemberValuesInput } from '../../gql/graphql';
import { departmentFromPostcode, memberFieldErrors, parseDecimal } from '../../../../server/src/members/member.rules';
import { STRUCTURE_KINDS } from './memberFormat';

export interface MemberFormValues {
  name: string;
  siret: string;
  kinds: string[];
  postcode: string;
  department: string;
  city: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  etp: string;
  insertionHeadcount: string;
  annexNumber: string;
  notes: string;
}

export const EMPTY_MEMBER: MemberFormValues = {
  name: '',
  siret: '',
  kinds: [],
  postcode: '',
  department: '',
  city: '',
  address: '',
  email: '',
  phone: '',
  website: '',
  etp: '',
  insertionHeadcount: '',
  annexNumber: '',
  notes: '',
};

const FIELDS = Object.keys(EMPTY_MEMBER);

/** What the API takes: numbers parsed (French decimal commas accepted), blanks as null. */
export function toMemberInput(v: MemberFormValues): MemberValuesInput {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  const etp = parseDecimal(v.etp);
  const headcount = parseDecimal(v.insertionHeadcount);
  return {
    name: v.name.trim(),
    siret: v.siret,
    kinds: v.kinds,
    postcode: blank(v.postcode),
    department: blank(v.department),
    city: blank(v.city),
    address: blank(v.address),
    email: blank(v.email),
    phone: blank(v.phone),
    website: blank(v.website),
    etp,
    insertionHeadcount: headcount,
    annexNumber: blank(v.annexNumber),
    notes: blank(v.notes),
  };
}

export interface MemberFormProps {
  initialValues: MemberFormValues;
  submitLabel: string;
  /** Returns the error of the mutation, or null when it worked. */
  onSubmit: (input: MemberValuesInput) => Promise<CombinedError | null | undefined>;
  /** Shown above the form when the save conflicted (e.g. a reload button). */
  conflictSlot?: (error: UserError) => ReactNode;
  onCancel: () => void;
  /**
   * The record as reloaded after a conflict: fields the user has not touched take its values,
   * fields they changed keep what they typed (nobody's change is lost).
   */
  rebaseOn?: MemberFormValues;
}

/** The member record form: every field checked as you type with the server's own rules. */
export function MemberForm({ initialValues, submitLabel, onSubmit, conflictSlot, onCancel, rebaseOn }: MemberFormProps) {
  const { t } = useTranslation('members');
  const [error, setError] = useState<UserError | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<MemberFormValues>({
    mode: 'controlled',
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const codes = memberFieldErrors({ ...values, etp: values.etp, insertionHeadcount: values.insertionHeadcount });
      return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, t(`fieldErrors.${code}`, { defaultValue: code })]));
    },
  });

  const base = useRef(initialValues);
  useEffect(() => {
    if (!rebaseOn || rebaseOn === base.current) return;
    const typed = form.getValues();
    const merged = { ...rebaseOn };
    for (const key of Object.keys(rebaseOn) as (keyof MemberFormValues)[])
      if (form.isDirty(key)) (merged as Record<string, unknown>)[key] = typed[key];
    base.current = rebaseOn;
    form.setInitialValues(rebaseOn);
    form.setValues(merged);
    setError(null);
    // Only a new base record triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rebaseOn]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSaving(true);
    const failure = await onSubmit(toMemberInput(values));
    setSaving(false);
    if (failure) {
      const e = toUserError(failure, { namespace: 'members' });
      setError(e);
      form.setErrors(e.fieldErrors);
    }
  });

  const derived = departmentFromPostcode(form.values.postcode.trim());
  const input = (field: keyof MemberFormValues, extra: Record<string, unknown> = {}) => ({
    label: t(`fields.${field}`),
    ...form.getInputProps(field),
    ...extra,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {error?.code === 'CONFLICT' && conflictSlot ? conflictSlot(error) : <FormError error={error} shownFields={FIELDS} />}
        <Card withBorder padding="lg" component="section" aria-labelledby="member-identity">
          <Title order={2} size="h4" id="member-identity" mb="sm">
            {t('form.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required {...input('name')} />
            <TextInput required inputMode="numeric" {...input('siret')} />
            <MultiSelect
              searchable
              required
              data={STRUCTURE_KINDS.map((k) => ({ value: k, label: `${k} — ${t(`kinds.${k}`)}` }))}
              {...input('kinds')}
            />
            <TextInput {...input('annexNumber', { description: t('fields.annexNumberHint') })} />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="member-contact">
          <Title order={2} size="h4" id="member-contact" mb="sm">
            {t('form.contact')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...input('address')} />
            <TextInput inputMode="numeric" {...input('postcode')} />
            <TextInput {...input('city')} />
            <TextInput {...input('department', { description: t('fields.departmentHint'), placeholder: derived ?? '' })} />
            <TextInput type="email" {...input('email')} />
            <TextInput type="tel" {...input('phone')} />
            <TextInput {...input('website')} />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="member-figures">
          <Title order={2} size="h4" id="member-figures" mb="sm">
            {t('form.figures')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput inputMode="decimal" {...input('etp')} />
            <TextInput inputMode="numeric" {...input('insertionHeadcount')} />
          </SimpleGrid>
          <Textarea mt="sm" autosize minRows={2} {...input('notes')} />
        </Card>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
