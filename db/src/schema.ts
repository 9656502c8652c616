import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';

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
  public_access: Generated<'none' | 'profiles'>;
  /** How many months an entry stays current before its organisation is asked whether it holds. */
  currency_months: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type MobilisationGoalTable = {
  mobilisation_id: string;
  code: string;
  position: number;
  text_sv: string;
  text_en: Generated<string>;
  retired_at: Date | null;
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
  /** Swedish alphabetical order (…, z, å, ä, ö) whatever the collation; computed by the database, indexed. */
  sort_name: GeneratedAlways<string>;
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
export type StoredItem = {
  id: string;
  text: string;
  themes: string[];
  targetGroups: string[];
  /** Absent in drafts and revisions stored before items had a kind tag. */
  supportKind?: string | null;
};

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
  goals_text: Generated<string>;
  /** Moves with every change of an item's state (the matching index re-reads the profile then). */
  item_states_version: Generated<number>;
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
  /** The profile's, on the row for search to scope its hits by (decision 052). */
  mobilisation_id: string;
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
  /** The profile's, on the row for search to scope its hits by (decision 052). */
  mobilisation_id: string;
  kind: ItemKind;
  position: number;
  text: string;
  themes: string[];
  target_groups: string[];
  revision_number: number;
  /** Taken out of the profile's text by a later submission (not the lifecycle's `withdrawn`). */
  withdrawn_at: Date | null;
  state: Generated<ItemState>;
  state_changed_at: Date | null;
  state_changed_by: string | null;
  state_note: Generated<string>;
  met_by_organisation_id: string | null;
  met_by_initiative_id: string | null;
  met_by_item_id: string | null;
  support_kind: Generated<string | null>;
  /** When the organisation last said the item holds (submitted it, confirmed it, opened it again). */
  confirmed_at: Generated<Date>;
  /** When its organisation's members were last asked about it. */
  reminded_at: Date | null;
};

/** A confirm link of a currency reminder: one item, one person, one use. */
export type CurrencyLinkTable = {
  id: Generated<string>;
  token_hash: string;
  item_id: string;
  user_id: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
};

/** The weekly cap on currency reminder mails: when the person was last mailed one. */
export type CurrencyReminderCapTable = {
  user_id: string;
  last_mailed_at: Date;
};

export type ServerSecretTable = {
  name: string;
  value: string;
  created_at: CreatedAt;
};

export type KindsBasis = 'template' | 'own';

/** One version of a mobilisation's kinds of support (the shapes are `shared`'s SupportKind, KindTargetGroup). */
export type MobilisationKindsTable = {
  mobilisation_id: string;
  version: number;
  kinds: Json<unknown[]>;
  target_groups: Json<unknown[]>;
  /** The mobilisation's own abbreviations (shared `KindAbbreviation`); none before decision 034. */
  abbreviations: Json<unknown[]>;
  basis: KindsBasis;
  note: Generated<string>;
  reverted_from: number | null;
  created_by: string | null;
  created_by_name: string;
  created_at: CreatedAt;
};

export type MobilisationFieldTable = {
  mobilisation_id: string;
  kinds_version: Generated<number>;
  /** The engine's FieldModel (plain JSON), learnt in a job. */
  model: Json<unknown> | null;
  fingerprint: string | null;
  model_kinds_version: number | null;
  learned_from: Json<Record<string, number>> | null;
  learned_at: Date | null;
};

export type DismissedTermTable = {
  mobilisation_id: string;
  kind: string;
  language: string;
  stem: string;
  word: string;
  dismissed_by: string | null;
  dismissed_by_name: string;
  dismissed_at: CreatedAt;
};

export type ItemState = 'open' | 'met' | 'withdrawn' | 'expired';

export type Database = {
  mobilisations: MobilisationTable;
  mobilisation_goals: MobilisationGoalTable;
  organisations: OrganisationTable;
  profiles: ProfileTable;
  profile_revisions: ProfileRevisionTable;
  projects: ProjectTable;
  profile_items: ProfileItemTable;
  jobs: JobTable;
  import_runs: ImportRunTable;
  matches: MatchTable;
  match_staging: MatchStagingTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  outbox: OutboxTable;
  attempt_limits: AttemptLimitTable;
  audit_events: AuditEventTable;
  organisation_contacts: OrganisationContactTable;
  import_mappings: ImportMappingTable;
  match_decisions: MatchDecisionTable;
  initiatives: InitiativeTable;
  initiative_participants: InitiativeParticipantTable;
  initiative_links: InitiativeLinkTable;
  initiative_history: InitiativeHistoryTable;
  project_goal_links: ProjectGoalLinkTable;
  project_goal_corrections: ProjectGoalCorrectionTable;
  interests: InterestTable;
  notifications: NotificationTable;
  map_nodes: MapNodeTable;
  map_links: MapLinkTable;
  mobilisation_kinds: MobilisationKindsTable;
  mobilisation_fields: MobilisationFieldTable;
  dismissed_terms: DismissedTermTable;
  map_documents: MapDocumentTable;
  currency_links: CurrencyLinkTable;
  currency_reminder_caps: CurrencyReminderCapTable;
  server_secrets: ServerSecretTable;
  read_summaries: ReadSummaryTable;
  read_summary_changes: ReadSummaryChangeTable;
  notification_settings: NotificationSettingTable;
  mail_digest_entries: MailDigestEntryTable;
};

export type MobilisationRow = Selectable<MobilisationTable>;
export type MobilisationGoalRow = Selectable<MobilisationGoalTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type ProfileRow = Selectable<ProfileTable>;
export type ProfileRevisionRow = Selectable<ProfileRevisionTable>;

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A spreadsheet import run as a job: its file until it ends, then its result or error. */
export type ImportRunTable = {
  id: Generated<string>;
  mobilisation_id: string;
  requested_by: string | null;
  file_name: string;
  file: Uint8Array | null;
  options: Json<unknown>;
  job_id: string | null;
  result: ColumnType<unknown, string | null, string | null>;
  /** Why the run failed, `{ sv, en }` (JSON written as a string). */
  error: ColumnType<unknown, string | null, string | null>;
  created_at: CreatedAt;
  finished_at: Date | null;
};

export type JobTable = {
  id: Generated<string>;
  kind: string;
  payload: Json<unknown>;
  dedupe_key: string | null;
  status: Generated<JobStatus>;
  attempts: Generated<number>;
  run_after: Generated<Date>;
  progress: Generated<number>;
  total: Generated<number>;
  error: string | null;
  locked_by: string | null;
  locked_until: Date | null;
  /** Jobs with the same key never run at the same time (one map layout per mobilisation, say). */
  lock_key: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  finished_at: Date | null;
};

/** A whole-mobilisation run's new lists before they replace the stored ones (unlogged scratch space). */
export type MatchStagingTable = {
  mobilisation_id: string;
  need_id: string;
  offer_id: string;
  score: number;
  suggested: boolean;
  need_rank: number | null;
  offer_rank: number | null;
  reasons: string;
  concept: string | null;
  goal_code: string | null;
  signature: string | null;
};

export type MatchTable = {
  mobilisation_id: string;
  need_id: string;
  offer_id: string;
  score: number;
  suggested: boolean;
  need_rank: number | null;
  offer_rank: number | null;
  /** The engine's reasons as the JSON text it wrote (decision 046). */
  reasons: string;
  engine_version: string;
  computed_at: CreatedAt;
  concept: string | null;
  goal_code: string | null;
  /** Of the pair's content, set by a whole run and cleared by any other update (decision 044). */
  signature: Generated<string | null>;
};

export type JobRow = Selectable<JobTable>;

export type Role = 'admin' | 'coordinator' | 'member' | 'participant';

export type UserTable = {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  platform_admin: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type MembershipTable = {
  id: Generated<string>;
  user_id: string;
  mobilisation_id: string;
  role: Role;
  organisation_id: string | null;
  created_at: CreatedAt;
};

export type SessionTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Date | string;
};

export type InvitationTable = {
  id: Generated<string>;
  token_hash: string;
  email: string;
  name: Generated<string>;
  mobilisation_id: string;
  organisation_id: string | null;
  role: Role;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Date | string;
  accepted_at: Date | null;
  accepted_by: string | null;
  opened_at: Date | null;
  revoked_at: Date | null;
};

export type PasswordResetTable = {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date | string;
  used_at: Date | null;
};

export type OutboxTable = {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  error: string | null;
  mobilisation_id: string | null;
  /** Headers the mail is sent with (List-Unsubscribe), by name. */
  headers: ColumnType<Record<string, string>, string | undefined, string>;
};

/** A rate limit's state under one key (a hash): when the key has its whole allowance again. */
export type AttemptLimitTable = {
  key: string;
  refilled_at: Date;
};

export type AuditEventTable = {
  id: Generated<number>;
  mobilisation_id: string | null;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  details: Json<Record<string, unknown>>;
  created_at: CreatedAt;
};

/** A mobilisation's saved column mapping for spreadsheet imports (shared `ImportMapping`). */
export type ImportMappingTable = {
  mobilisation_id: string;
  mapping: Json<unknown>;
  updated_by: string | null;
  updated_at: Generated<Date>;
};

export type OrganisationContactTable = {
  id: Generated<string>;
  organisation_id: string;
  position: number;
  name: string;
  email: string;
  phone: string | null;
  title: string | null;
  /** Agreed to be mailed when another organisation shows interest. */
  may_contact: Generated<boolean>;
};

export type UserRow = Selectable<UserTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type InvitationRow = Selectable<InvitationTable>;
export type AuditEventRow = Selectable<AuditEventTable>;

export type Decision = 'accepted' | 'rejected' | 'later';

export type MatchDecisionTable = {
  id: Generated<number>;
  mobilisation_id: string;
  need_id: string;
  offer_id: string;
  decision: Decision;
  note: Generated<string>;
  need_revision: number;
  offer_revision: number;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: CreatedAt;
};

export type InitiativeStatus = 'forslag' | 'forankring' | 'beslutad' | 'pagaende' | 'avslutad';
export type InitiativeState = 'proposed' | 'listed' | 'discarded' | 'merged';
export type Endorsement = 'inbjuden' | 'forankrad' | 'avbojd';

export type InitiativeTable = {
  id: Generated<string>;
  mobilisation_id: string;
  title: string;
  description: Generated<string>;
  status: Generated<InitiativeStatus>;
  state: Generated<InitiativeState>;
  proposal_key: string | null;
  proposal_reasons: Json<unknown>;
  /** The platform's own words for a proposal in both languages (`GeneratedText` in shared). */
  generated_text: ColumnType<unknown, string | null | undefined, string | null>;
  merged_into: string | null;
  period_start: string | null;
  period_end: string | null;
  lead_organisation_id: string | null;
  goal_codes: string[];
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Kept by triggers on the participants and links (decision 033), for the list's counts. */
  participant_count: Generated<number>;
  need_count: Generated<number>;
  offer_count: Generated<number>;
  project_count: Generated<number>;
  /**
   * The first participants as the list shows them (the lead, then by name), as the list's JSON: kept by
   * triggers on the participants, their organisations and the lead (decision 051).
   */
  listed_participants: GeneratedAlways<unknown>;
};

export type InitiativeParticipantTable = {
  initiative_id: string;
  organisation_id: string;
  endorsement: Generated<Endorsement>;
  updated_at: UpdatedAt;
  /** The organisation's sort key, kept by triggers: the list reads the first participants along an index. */
  sort_name: Generated<string | null>;
};

export type InitiativeLinkTable = {
  initiative_id: string;
  kind: 'need' | 'offer' | 'project';
  item_id: string;
};

export type InitiativeHistoryTable = {
  id: Generated<number>;
  initiative_id: string;
  version: number;
  action: string;
  snapshot: Json<unknown>;
  changed_by: string | null;
  changed_by_name: string;
  changed_at: CreatedAt;
};

export type ProjectGoalCorrectionTable = {
  project_id: string;
  goal_code: string;
  corrected_by: string | null;
  corrected_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type ProjectGoalLinkTable = {
  project_id: string;
  goal_code: string;
  score: number;
  reasons: Json<unknown>;
  engine_version: string;
  computed_at: CreatedAt;
};

export type InitiativeRow = Selectable<InitiativeTable>;

export type InterestTable = {
  id: Generated<string>;
  mobilisation_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  item_id: string | null;
  counterpart_item_id: string | null;
  message: Generated<string>;
  created_by: string | null;
  created_by_name: string;
  created_at: CreatedAt;
  /** Sender, receiver and the two items: the same interest is stored once (null on older repeats). */
  dedupe_key: string | null;
  /** Who it reached: the receiver's members, its consenting contact persons, or only the coordinators. */
  delivery: Generated<InterestDelivery>;
  read_at: Date | null;
  answer: InterestAnswer | null;
  answer_note: Generated<string>;
  answered_at: Date | null;
  answered_by: string | null;
  answered_by_name: Generated<string>;
  passed_on_at: Date | null;
  passed_on_by: string | null;
  passed_on_by_name: Generated<string>;
};

export type InterestDelivery = 'members' | 'contacts' | 'coordinators';
export type InterestAnswer = 'interested' | 'not_relevant';

export type NotificationTable = {
  id: Generated<string>;
  user_id: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  read_at: Date | null;
};

export type MapNodeTable = {
  mobilisation_id: string;
  organisation_id: string;
  x: number;
  y: number;
  concepts: string[];
  goals: string[];
  computed_at: CreatedAt;
};

export type LinkStatus = 'proposed' | 'accepted' | 'mutual';

export type MapLinkTable = {
  mobilisation_id: string;
  source_id: string;
  target_id: string;
  status: LinkStatus;
  weight: number;
  concepts: string[];
  goals: string[];
};

/** The map as one stored, compressed document per mobilisation (decision 021); triggers bump `revision`. */
export type MapDocumentTable = {
  mobilisation_id: string;
  revision: Generated<number>;
  built_revision: number | null;
  etag: string | null;
  raw_bytes: number | null;
  gzip: Buffer | null;
  brotli: Buffer | null;
  built_at: Date | null;
};

/** A summary a read route answers from, as last built (decision 033); stale while it has pending changes. */
export type ReadSummaryTable = {
  mobilisation_id: string;
  name: string;
  format: number;
  summary: unknown;
  built_at: Generated<Date>;
};

/** A change to what a mobilisation's summary shows, not yet in the stored summary. */
export type ReadSummaryChangeTable = {
  id: Generated<number>;
  mobilisation_id: string;
  name: string;
};

/** A person's choice for one category of notice; no row means mail at once. */
export type NotificationSettingTable = {
  user_id: string;
  category: string;
  mail: boolean;
  frequency: 'immediate' | 'daily' | 'weekly';
  updated_at: Generated<Date>;
};

/** One line of a digest to come: what the notice said, in both languages, and where to look. */
export type DigestLine = { sv: string; en: string; url: string };

/** A notice mail held for a person's digest until `due_at`. */
export type MailDigestEntryTable = {
  id: Generated<string>;
  user_id: string;
  category: string;
  mobilisation_id: string | null;
  line: Json<DigestLine>;
  created_at: Date;
  due_at: Date;
};
