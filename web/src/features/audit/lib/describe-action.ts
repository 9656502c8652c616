import type { AuditEvent, Role } from '@kraftsamling/shared';
import type { TFunction } from 'i18next';

const roles: readonly Role[] = ['admin', 'coordinator', 'member', 'participant'];

function text(details: Record<string, unknown>, key: string): string | undefined {
  const value = details[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function roleName(details: Record<string, unknown>, t: TFunction): string {
  const role = roles.find((r) => r === details.role);
  return role ? t(`roles.${role}`).toLowerCase() : t('audit.unknownRole');
}

/**
 * A log entry as a sentence ("Lämnade in profilen, version 3"). Actions this version of the app does not know
 * (added by a newer server) return null, and the caller shows the raw action instead of hiding it.
 */
export function describeAction(event: AuditEvent, t: TFunction): string | null {
  const d = event.details;
  switch (event.action) {
    case 'profile.draft_saved':
      return t('audit.actions.profileDraftSaved', { version: text(d, 'version') ?? '–' });
    case 'profile.submitted':
      return t('audit.actions.profileSubmitted', { revision: text(d, 'revision') ?? '–' });
    case 'organisation.updated':
      return t('audit.actions.organisationUpdated');
    case 'organisation.contacts_updated':
      return t('audit.actions.contactsUpdated', { count: Number(text(d, 'count') ?? 0) });
    case 'organisation.registered':
      return t('audit.actions.organisationRegistered', { name: text(d, 'name') ?? '' });
    case 'invitation.sent':
      return t('audit.actions.invitationSent', { email: text(d, 'email') ?? '', role: roleName(d, t) });
    case 'invitation.accepted':
      return t('audit.actions.invitationAccepted', { role: roleName(d, t) });
    case 'mobilisation.created':
      return t('audit.actions.mobilisationCreated');
    case 'mobilisation.updated':
      return t('audit.actions.mobilisationUpdated');
    case 'matching.run_requested':
      return t('audit.actions.matchingRunRequested');
    case 'match.accepted':
      return t('audit.actions.matchAccepted');
    case 'match.rejected':
      return t('audit.actions.matchRejected');
    case 'match.later':
      return t('audit.actions.matchLater');
    case 'initiative.created':
      return t('audit.actions.initiativeCreated');
    case 'initiative.updated':
      return t('audit.actions.initiativeUpdated');
    case 'initiative.merged':
      return t('audit.actions.initiativeMerged');
    case 'initiative.split':
      return t('audit.actions.initiativeSplit');
    case 'initiative.proposals_made':
      return t('audit.actions.initiativeProposalsMade');
    case 'project.goal_corrected':
      return t('audit.actions.projectGoalCorrected');
    case 'project.goal_correction_removed':
      return t('audit.actions.projectGoalCorrectionRemoved');
    case 'interest.sent':
      return d.mutual === true ? t('audit.actions.interestSentMutual') : t('audit.actions.interestSent');
    case 'item.confirmed':
      return d.from === 'expired' ? t('audit.actions.itemConfirmedLapsed') : t('audit.actions.itemConfirmed');
    case 'item.expired':
      return t('audit.actions.itemExpired');
    case 'organisation.contact_unsubscribed':
      return t('audit.actions.contactUnsubscribed');
    case 'currency.reminders_sent':
      return t('audit.actions.currencyRemindersSent', { count: Number(text(d, 'people') ?? 0) });
    default:
      return null;
  }
}
