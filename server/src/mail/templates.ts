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
  const link = `${publicUrl}/invitation/${token}`;
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
