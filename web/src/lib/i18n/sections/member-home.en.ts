import type { Strings } from '../sv';
import type { sv } from './member-home.sv';

export const en: Strings<typeof sv> = {
  memberHome: {
    title: 'Our organisation',
    intro:
      'How {{organisation}} is doing in {{mobilisation}}: your profile, your collaboration and your initiatives.',
    profileHeading: 'Your profile',
    submittedAt: 'Last submitted {{date}}.',
    edit: 'Edit the profile',
    currentLink: 'Is this still current?',
    publicPage: 'Show your page as others see it',
    initiativesHeading: 'Initiatives you take part in',
    interestsHeading: 'Interest',
    matchesHeading: 'Proposed matches',
    matchesAfterSubmit:
      'Once you have submitted the profile, the platform proposes organisations that could meet your needs and use your offers.',
    notMember: 'You are not a member of any organisation in this mobilisation.',
    otherOrganisations: 'You also represent',
    mobilisationLink: 'To {{mobilisation}}',
  },
};
