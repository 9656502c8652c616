import type { NotificationCategory } from '@kraftsamling/shared';
import type { Mail } from '../plugins/app/mailer';

/** Mails are written in Swedish first, with an English version below, as the product speaks. */
export function passwordResetMail(
  publicUrl: string,
  user: { email: string; name: string },
  token: string,
): Mail {
  const link = `${publicUrl}/reset-password/${token}`;
  return {
    to: user.email,
    subject: 'Återställ ditt lösenord – Kraftsamling',
    text: [
      `Hej ${user.name},`,
      '',
      'Någon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto. Välj ett nytt lösenord här:',
      link,
      '',
      'Länken gäller i en timme och kan bara användas en gång. Om du inte bad om detta kan du bortse från mejlet.',
      '',
      '---',
      `Hello ${user.name}, someone asked to reset your password. Choose a new one here within an hour: ${link}`,
    ].join('\n'),
  };
}

/** The address of an invitation's link. */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation/${token}`;
}

export function invitationMail(
  publicUrl: string,
  invitation: {
    email: string;
    name: string;
    mobilisationName: string;
    organisationName: string | null;
    invitedBy: string;
  },
  token: string,
): Mail {
  const link = invitationUrl(publicUrl, token);
  const forWhom = invitation.organisationName ? ` för ${invitation.organisationName}` : '';
  const forWhomEn = invitation.organisationName ? ` for ${invitation.organisationName}` : '';
  return {
    to: invitation.email,
    subject: `Inbjudan till ${invitation.mobilisationName}`,
    text: [
      `Hej${invitation.name ? ` ${invitation.name}` : ''},`,
      '',
      `${invitation.invitedBy} bjuder in dig att delta i ${invitation.mobilisationName}${forWhom}.`,
      'Följ länken för att välja lösenord och komma igång:',
      link,
      '',
      'Länken gäller i 14 dagar.',
      '',
      '---',
      `${invitation.invitedBy} invites you to take part in ${invitation.mobilisationName}${forWhomEn}. ` +
        `Follow the link to set a password: ${link}`,
    ].join('\n'),
  };
}

export function interestMail(
  publicUrl: string,
  interest: {
    to: string;
    fromName: string;
    toName: string;
    message: string;
    mutual: boolean;
    profileId: string | null;
  },
): Mail {
  const link = interest.profileId ? `${publicUrl}/profiles/${interest.profileId}` : publicUrl;
  const both = interest.mutual ? ' Ni har båda visat intresse – nu syns samarbetet på kartan.' : '';
  const bothEn = interest.mutual ? ' You are both interested: the collaboration now shows on the map.' : '';
  return {
    to: interest.to,
    subject: `${interest.fromName} är intresserade av att samarbeta`,
    text: [
      'Hej,',
      '',
      `${interest.fromName} har sagt "vi är intresserade" till ${interest.toName}.${both}`,
      ...(interest.message ? ['', 'Deras meddelande:', interest.message] : []),
      '',
      `Se mer och svara i Kraftsamling: ${link}`,
      '',
      '---',
      `${interest.fromName} said "we are interested" to ${interest.toName}.${bothEn} ${link}`,
    ].join('\n'),
  };
}

/** The organisation was added to an initiative, or is asked to endorse it in its own organisation. */
export function initiativeMail(
  publicUrl: string,
  notice: {
    to: string;
    kind: 'initiative.added' | 'initiative.endorsement_requested';
    organisationName: string;
    title: { sv: string; en: string };
    initiativeId: string;
  },
): Mail {
  const link = `${publicUrl}/initiatives/${notice.initiativeId}`;
  const added = notice.kind === 'initiative.added';
  return {
    to: notice.to,
    subject: added
      ? `${notice.organisationName} är med i initiativet ${notice.title.sv}`
      : `Förankring: ${notice.title.sv}`,
    text: [
      'Hej,',
      '',
      added
        ? `${notice.organisationName} är nu med i initiativet "${notice.title.sv}" i initiativlistan.`
        : `${notice.organisationName} ombeds förankra initiativet "${notice.title.sv}" i er egen organisation.`,
      added
        ? 'Se vilka som deltar, vem som har ansvar och vad initiativet gäller:'
        : 'När ni har tagit ställning svarar ni på initiativets sida, förankrat eller avböjt:',
      link,
      '',
      '---',
      added
        ? `${notice.organisationName} now takes part in the initiative "${notice.title.en}". ${link}`
        : `${notice.organisationName} is asked to endorse the initiative "${notice.title.en}" in your own organisation, and to answer on its page: ${link}`,
    ].join('\n'),
  };
}

/** To the coordinators, when an interest reached nobody at the receiving organisation. */
export function interestToPassOnMail(
  publicUrl: string,
  interest: { to: string; fromName: string; toName: string; message: string; mobilisationId: string },
): Mail {
  const link = `${publicUrl}/m/${interest.mobilisationId}/interests`;
  return {
    to: interest.to,
    subject: `Intresse att föra vidare till ${interest.toName}`,
    text: [
      'Hej,',
      '',
      `${interest.fromName} har sagt "vi är intresserade" till ${interest.toName}, som varken har konton i ` +
        'Kraftsamling eller kontaktpersoner som gått med på att kontaktas. Kan du föra det vidare?',
      ...(interest.message ? ['', 'Deras meddelande:', interest.message] : []),
      '',
      `Intressen att föra vidare: ${link}`,
      '',
      '---',
      `${interest.fromName} said "we are interested" to ${interest.toName}, which has neither accounts nor ` +
        `contact persons who agreed to be contacted. Please pass it on: ${link}`,
    ].join('\n'),
  };
}

/** One entry a currency reminder asks about, with its one-click confirm link. */
export type CurrencyMailItem = {
  kind: 'need' | 'offer';
  text: string;
  lapsed: boolean;
  lapsesOn: string;
  confirmUrl: string;
};

/**
 * "Gäller detta fortfarande?": per entry a one-click confirm link (works without signing in, once), and one
 * link per organisation to its page where entries are edited or withdrawn.
 */
export function currencyReminderMail(
  publicUrl: string,
  reminder: {
    to: string;
    mobilisationName: string;
    organisations: { name: string; profileId: string; items: CurrencyMailItem[] }[];
  },
): Mail {
  const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
  const names = reminder.organisations.map((o) => o.name).join(', ');
  const sv = reminder.organisations.flatMap((o) => [
    `${o.name}:`,
    ...o.items.flatMap((item) => [
      `- ${item.kind === 'need' ? 'Behov' : 'Erbjudande'}: "${excerpt(item.text)}"`,
      item.lapsed
        ? `  Har löpt ut och är inte med i matchningen. Gäller det fortfarande? Bekräfta: ${item.confirmUrl}`
        : `  Löper ut ${item.lapsesOn}. Gäller det fortfarande? Bekräfta: ${item.confirmUrl}`,
    ]),
    `Ändra eller ta tillbaka: ${publicUrl}/profiles/${o.profileId}/current`,
    '',
  ]);
  const en = reminder.organisations.flatMap((o) => [
    `${o.name}:`,
    ...o.items.flatMap((item) => [
      `- ${item.kind === 'need' ? 'Need' : 'Offer'}: "${excerpt(item.text)}"`,
      item.lapsed
        ? `  Has lapsed and is out of matching. Still current? Confirm: ${item.confirmUrl}`
        : `  Lapses on ${item.lapsesOn}. Still current? Confirm: ${item.confirmUrl}`,
    ]),
    `Edit or withdraw: ${publicUrl}/profiles/${o.profileId}/current`,
    '',
  ]);
  return {
    to: reminder.to,
    subject: `Gäller detta fortfarande? ${names} i ${reminder.mobilisationName}`,
    text: [
      'Hej,',
      '',
      `Uppgifter som ${names} har lämnat i ${reminder.mobilisationName} behöver bekräftas för att fortsätta synas i matchningen.`,
      'Varje bekräftelselänk fungerar en gång, utan inloggning. För att ändra eller ta tillbaka en uppgift loggar du in.',
      '',
      ...sv,
      '---',
      `Is this still current? Entries ${names} gave in ${reminder.mobilisationName} need confirming to stay in matching.`,
      'Each confirm link works once, without signing in. To edit or withdraw an entry, sign in.',
      '',
      ...en,
    ]
      .join('\n')
      .trimEnd(),
  };
}

/** The categories of notice as a mail names them. */
export const categoryNames: Record<NotificationCategory, { sv: string; en: string }> = {
  interests: { sv: 'intresse från andra organisationer', en: 'interest from other organisations' },
  initiatives: { sv: 'initiativ och förankring', en: 'initiatives and endorsements' },
  currency: { sv: 'påminnelser om att hålla uppgifter aktuella', en: 'reminders to keep entries current' },
};

/** Where a person chooses which notices come by mail, and how often. */
export function notificationSettingsUrl(publicUrl: string): string {
  return `${publicUrl}/account#notifications`;
}

/** The end of every notice mail sent at once: why it came, and how to stop it with one click. */
export function noticeMailFooter(
  publicUrl: string,
  category: NotificationCategory,
  unsubscribeUrl: string,
): string {
  const name = categoryNames[category];
  const settings = notificationSettingsUrl(publicUrl);
  return [
    '',
    '---',
    `Du får det här mejlet för att du får mejl om ${name.sv}. Sluta få dem (ett klick, utan inloggning): ${unsubscribeUrl}`,
    `Välj vilka mejl du får och hur ofta: ${settings}`,
    `You get this mail because you get mail about ${name.en}. Stop them (one click, no sign-in): ${unsubscribeUrl}`,
    `Choose which mails you get and how often: ${settings}`,
  ].join('\n');
}

/**
 * The end of a mail to a contact person without an account (decision 029): why it came, and how to stop being
 * contacted for the organisation with one click (decision 036).
 */
export function contactMailFooter(organisationName: string, unsubscribeUrl: string): string {
  return [
    '',
    '---',
    `Du får det här mejlet som kontaktperson för ${organisationName}. Sluta bli kontaktad (ett klick): ${unsubscribeUrl}`,
    `You get this mail as the contact person of ${organisationName}. Stop being contacted (one click): ${unsubscribeUrl}`,
  ].join('\n');
}

/** One line of a digest: what a notice said, in both languages, and where to look. */
export type DigestMailLine = { category: NotificationCategory; sv: string; en: string; url: string };

/** Notices held for a daily or weekly digest, in one mail, grouped by category with a way out of each. */
export function digestMail(
  publicUrl: string,
  digest: {
    to: string;
    lines: DigestMailLine[];
    unsubscribeUrls: Partial<Record<NotificationCategory, string>>;
  },
): Mail {
  const categories = [...new Set(digest.lines.map((l) => l.category))];
  const section = (language: 'sv' | 'en') =>
    categories.flatMap((category) => [
      `${capitalise(categoryNames[category][language])}:`,
      ...digest.lines
        .filter((l) => l.category === category)
        .flatMap((l) => [`- ${l[language]}`, `  ${l.url}`]),
      language === 'sv'
        ? `Sluta få mejl om ${categoryNames[category].sv}: ${digest.unsubscribeUrls[category] ?? ''}`
        : `Stop mail about ${categoryNames[category].en}: ${digest.unsubscribeUrls[category] ?? ''}`,
      '',
    ]);
  const count = digest.lines.length;
  const settings = notificationSettingsUrl(publicUrl);
  return {
    to: digest.to,
    subject: `Sammanfattning från Kraftsamling: ${count} ${count === 1 ? 'notis' : 'notiser'}`,
    text: [
      'Hej,',
      '',
      'Här är det som hänt sedan förra sammanfattningen.',
      '',
      ...section('sv'),
      `Välj vilka mejl du får och hur ofta: ${settings}`,
      '',
      '---',
      `Your digest from Kraftsamling: ${count} ${count === 1 ? 'notice' : 'notices'} since the last one.`,
      '',
      ...section('en'),
      `Choose which mails you get and how often: ${settings}`,
    ].join('\n'),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
