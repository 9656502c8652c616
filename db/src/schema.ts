import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb columns are written as JSON text and read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export type MobilisationTable = {
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  period_start: string | null;
  period_end: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type MobilisationGoalTable = {
  mobilisation_id: string;
  code: string;
  position: number;
  text_sv: string;
  text_en: Generated<string>;
};

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  org_number: string | null;
  sector: string;
  county: string;
  municipality: string | null;
  website: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

/** The draft as stored: whatever the form held, already checked against the draft schema. */
export type StoredProfileContent = {
  goals: string;
  projects: {
    id: string;
    title: string;
    description: string;
    period: { start: string | null; end: string | null };
    goals: string[];
  }[];
  needs: StoredItem[];
  offers: StoredItem[];
};
export type StoredItem = { id: string; text: string; themes: string[]; targetGroups: string[] };

export type ProfileTable = {
  id: Generated<string>;
  mobilisation_id: string;
  organisation_id: string;
  external_id: string | null;
  draft: Json<StoredProfileContent>;
  draft_version: Generated<number>;
  draft_updated_at: UpdatedAt;
  submitted_version: number | null;
  created_at: CreatedAt;
};

export type ProfileRevisionTable = {
  profile_id: string;
  number: number;
  content: Json<StoredProfileContent>;
  submitted_at: CreatedAt;
};

export type ProjectTable = {
  id: string;
  profile_id: string;
  position: number;
  title: string;
  description: string;
  period_start: string | null;
  period_end: string | null;
  goal_codes: string[];
  revision_number: number;
  withdrawn_at: Date | null;
};

export type ItemKind = 'need' | 'offer';

export type ProfileItemTable = {
  id: string;
  profile_id: string;
  kind: ItemKind;
  position: number;
  text: string;
  themes: string[];
  target_groups: string[];
  revision_number: number;
  withdrawn_at: Date | null;
};

export type Database = {
  mobilisations: MobilisationTable;
  mobilisation_goals: MobilisationGoalTable;
  organisations: OrganisationTable;
  profiles: ProfileTable;
  profile_revisions: ProfileRevisionTable;
  projects: ProjectTable;
  profile_items: ProfileItemTable;
};

export type MobilisationRow = Selectable<MobilisationTable>;
export type MobilisationGoalRow = Selectable<MobilisationGoalTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type ProfileRow = Selectable<ProfileTable>;
export type ProfileRevisionRow = Selectable<ProfileRevisionTable>;
