import type {
  CreateInitiative,
  Endorsement,
  Initiative,
  InitiativeStatus,
  UpdateInitiative,
} from '@kraftsamling/shared';
import type { TFunction } from 'i18next';

export type FormParticipant = {
  organisationId: string;
  name: string;
  description: string;
  endorsement: Endorsement;
};
export type FormLink = { id: string; text: string; organisation: string };
export type LinkKey = 'needs' | 'offers' | 'projects';

/** What the initiative form edits; '' stands for "not chosen" in selects. */
export type InitiativeFormValues = {
  title: string;
  description: string;
  status: InitiativeStatus;
  goals: string[];
  periodStart: string;
  periodEnd: string;
  leadOrganisationId: string;
  participants: FormParticipant[];
  links: Record<LinkKey, FormLink[]>;
};

export type FormField =
  | 'title'
  | 'description'
  | 'periodEnd'
  | 'leadOrganisationId'
  | 'participants'
  | 'links';
export type FormErrors = Partial<Record<FormField, string>>;

export const emptyFormValues: InitiativeFormValues = {
  title: '',
  description: '',
  status: 'forslag',
  goals: [],
  periodStart: '',
  periodEnd: '',
  leadOrganisationId: '',
  participants: [],
  links: { needs: [], offers: [], projects: [] },
};

export function formValuesFrom(initiative: Initiative, describe: (o: Initiative['lead']) => string) {
  const link = (item: Initiative['links']['needs'][number]): FormLink => ({
    id: item.id,
    text: item.text,
    organisation: item.organisation.name,
  });
  const values: InitiativeFormValues = {
    title: initiative.title,
    description: initiative.description,
    status: initiative.status,
    goals: [...initiative.goals],
    periodStart: initiative.period.start ?? '',
    periodEnd: initiative.period.end ?? '',
    leadOrganisationId: initiative.lead?.id ?? '',
    participants: initiative.participants.map((p) => ({
      organisationId: p.organisation.id,
      name: p.organisation.name,
      description: describe(p.organisation),
      endorsement: p.endorsement,
    })),
    links: {
      needs: initiative.links.needs.map(link),
      offers: initiative.links.offers.map(link),
      projects: initiative.links.projects.map(link),
    },
  };
  return values;
}

/**
 * The rules a person can fix in the form, said in their language before anything is sent. The server checks
 * the same rules (the shared schemas) and more (that goals and organisations belong to the mobilisation).
 */
export function validateForm(values: InitiativeFormValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors.title = t('validation.required');
  else if (values.title.trim().length > 200) errors.title = t('validation.tooLong', { max: 200 });
  if (values.description.trim().length > 4000) errors.description = t('validation.tooLong', { max: 4000 });
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) {
    errors.periodEnd = t('initiatives.form.periodOrder');
  }
  if (
    values.leadOrganisationId &&
    !values.participants.some((p) => p.organisationId === values.leadOrganisationId)
  ) {
    errors.leadOrganisationId = t('initiatives.form.leadNotParticipant');
  }
  return errors;
}

function body(values: InitiativeFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    status: values.status,
    goals: values.goals,
    period: { start: values.periodStart || null, end: values.periodEnd || null },
    leadOrganisationId: values.leadOrganisationId || null,
    participants: values.participants.map((p) => ({
      organisationId: p.organisationId,
      endorsement: p.endorsement,
    })),
    links: {
      needs: values.links.needs.map((l) => l.id),
      offers: values.links.offers.map((l) => l.id),
      projects: values.links.projects.map((l) => l.id),
    },
  };
}

export function toCreateBody(values: InitiativeFormValues): CreateInitiative {
  return body(values);
}

export function toPatchBody(values: InitiativeFormValues, version: number): UpdateInitiative {
  return { version, ...body(values) };
}

/** Where a server-side field error belongs in the form (`body.period.end` → the period's end). */
export function formFieldOf(path: string): FormField | null {
  const key = path.replace(/^body\./, '');
  if (key.startsWith('title')) return 'title';
  if (key.startsWith('description')) return 'description';
  if (key.startsWith('period')) return 'periodEnd';
  if (key.startsWith('leadOrganisationId')) return 'leadOrganisationId';
  if (key.startsWith('participants')) return 'participants';
  if (key.startsWith('links')) return 'links';
  return null;
}
