// What the engine's commands hand the engine: a profiles file as organisations, and the field learnt from its
// kinds (absent: the template), texts and decisions.
import {
  Field,
  type LearningInput,
  learnField,
  type MatchItem,
  type MatchOrganisation,
} from '@kraftsamling/matching';
import type { ProfileItem, ProfilesFile } from './profiles-file';

const toItem = (item: ProfileItem): MatchItem =>
  typeof item === 'string'
    ? { text: item }
    : { text: item.text, themes: item.themes, targetGroups: item.targetGroups };

export function toOrganisations(file: ProfilesFile): MatchOrganisation[] {
  return file.organisations.map((org) => ({
    id: org.id,
    county: org.county,
    municipality: org.municipality,
    sector: org.type,
    needs: org.answers.supportNeeded.map(toItem),
    offers: org.answers.supportOffered.map(toItem),
  }));
}

/** The field a file describes, learnt from everything in it. */
export function fieldOf(file: ProfilesFile, organisations: MatchOrganisation[]): Field {
  return Field.fromModel(learnField(learningInput(file, organisations)));
}

/** The file's kinds (absent: the template), its texts, and a coordinator's decisions on pairs. */
export function learningInput(file: ProfilesFile, organisations: MatchOrganisation[]): LearningInput {
  const byOrg = new Map(organisations.map((o) => [o.id, o]));
  const text = (side: 'needs' | 'offers', ref: { org: string; index: number }) =>
    byOrg.get(ref.org)?.[side][ref.index]?.text;
  const decisions = (file.decisions ?? []).flatMap((d) => {
    const need = text('needs', d.need);
    const offer = text('offers', d.offer);
    return need !== undefined && offer !== undefined
      ? [{ need, offer, accepted: d.decision === 'accepted' }]
      : [];
  });
  return {
    kinds: file.supportTypes?.map((k) => ({
      id: k.id,
      sv: k.sv,
      en: k.en,
      ...(k.description !== undefined
        ? { description: typeof k.description === 'string' ? { sv: k.description } : k.description }
        : {}),
    })),
    items: organisations.flatMap((o) => [...o.needs, ...o.offers].map((i) => ({ org: o.id, text: i.text }))),
    decisions,
  };
}
