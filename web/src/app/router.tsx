import type { RouteObject } from 'react-router';
import { loadTexts, type TextSection } from '../lib/i18n';
import { AppShell } from './layout/app-shell';
import { PageLoading } from './layout/page-loading';
import { RootError, RouteError } from './layout/route-error';

/** A page's code together with the text sections it needs beyond the core, fetched side by side. */
async function withTexts<Module>(page: Promise<Module>, sections: readonly TextSection[]): Promise<Module> {
  const [module] = await Promise.all([page, loadTexts(sections)]);
  return module;
}

/**
 * Every page is its own chunk, loaded when first visited, so pages added later (the map, the initiative list)
 * do not weigh on the first load. Data comes from TanStack Query inside the pages, not from route loaders.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    HydrateFallback: PageLoading,
    ErrorBoundary: RootError,
    children: [
      {
        // A pathless layer so a page that fails keeps the header, navigation and footer around its error.
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home')).HomePage }) },
          {
            path: 'm/:mobilisationId',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/mobilisation'), ['coordination']))
                .MobilisationPage,
            }),
          },
          {
            path: 'm/new',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/new-mobilisation'), ['mobilisationSettings']))
                .NewMobilisationPage,
            }),
          },
          {
            path: 'm/:mobilisationId/settings',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/mobilisation-settings'), ['mobilisationSettings']))
                .MobilisationSettingsPage,
            }),
          },
          {
            // A member's own organisation: where signing in leads them. "Vi är intresserade" on its proposed
            // matches and its initiatives speak with the partner and initiative texts.
            path: 'm/:mobilisationId/our-organisation',
            lazy: async () => ({
              Component: (
                await withTexts(import('./routes/our-organisation'), [
                  'memberHome',
                  'partners',
                  'initiatives',
                ])
              ).OurOrganisationPage,
            }),
          },
          {
            path: 'm/:mobilisationId/vocabulary',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/vocabulary'), ['vocabulary', 'coordination']))
                .VocabularyPage,
            }),
          },
          {
            path: 'm/:mobilisationId/organisations',
            // The imports' texts hold the export links coordinators see below the list.
            lazy: async () => ({
              Component: (await withTexts(import('./routes/organisations'), ['imports'])).OrganisationsPage,
            }),
          },
          {
            path: 'm/:mobilisationId/organisations/new',
            lazy: async () => ({
              Component: (await import('./routes/register-organisation')).RegisterOrganisationPage,
            }),
          },
          {
            path: 'm/:mobilisationId/people',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/people'), ['coordination'])).PeoplePage,
            }),
          },
          {
            path: 'm/:mobilisationId/import',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/import'), ['imports'])).ImportPage,
            }),
          },
          {
            path: 'm/:mobilisationId/audit',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/audit'), ['coordination'])).AuditPage,
            }),
          },
          {
            path: 'm/:mobilisationId/review',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/review'), ['review'])).ReviewPage,
            }),
          },
          {
            path: 'm/:mobilisationId/initiatives',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/initiatives'), ['initiatives'])).InitiativesPage,
            }),
          },
          {
            path: 'm/:mobilisationId/initiatives/print',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/initiatives-print'), ['initiatives']))
                .InitiativesPrintPage,
            }),
          },
          {
            path: 'm/:mobilisationId/overview',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/overview'), ['overview', 'initiatives']))
                .OverviewPage,
            }),
          },
          {
            path: 'm/:mobilisationId/currency',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/currency'), ['currency'])).CurrencyPage,
            }),
          },
          {
            path: 'initiatives/:initiativeId',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/initiative'), ['initiatives'])).InitiativePage,
            }),
          },
          // The collaboration map (its WebGL part is a further chunk of its own), its list view and partner search.
          {
            path: 'm/:mobilisationId/map',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/map'), ['map', 'partners'])).MapPage,
            }),
          },
          {
            path: 'm/:mobilisationId/map/list',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/map-list'), ['map'])).MapListPage,
            }),
          },
          {
            path: 'm/:mobilisationId/interests',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/interests'), ['partners'])).InterestsPage,
            }),
          },
          {
            path: 'm/:mobilisationId/search',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/search'), ['partners', 'map'])).SearchPage,
            }),
          },
          {
            path: 'profiles/:profileId',
            // "Vi är intresserade" on the organisation's proposed matches speaks with the partner texts.
            lazy: async () => ({
              Component: (await withTexts(import('./routes/profile'), ['partners'])).ProfilePage,
            }),
          },
          {
            path: 'profiles/:profileId/edit',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/edit-profile'), ['profileForm'])).EditProfilePage,
            }),
          },
          {
            path: 'profiles/:profileId/current',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/profile-current'), ['currency']))
                .ProfileCurrentPage,
            }),
          },
          {
            // The one-click confirm link of a currency reminder mail (decision 031).
            path: 'current/:token',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/currency-link'), ['currency'])).CurrencyLinkPage,
            }),
          },
          {
            path: 'profiles/:profileId/revisions',
            lazy: async () => ({ Component: (await import('./routes/revisions')).RevisionsPage }),
          },
          {
            path: 'profiles/:profileId/revisions/:number',
            lazy: async () => ({ Component: (await import('./routes/revision')).RevisionPage }),
          },
          // Accounts. `/reset-password/:token` and `/invitation/:token` are the links in the platform's mails.
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInPage }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({ Component: (await import('./routes/reset-password')).ResetPasswordPage }),
          },
          {
            path: 'reset-password/:token',
            lazy: async () => ({ Component: (await import('./routes/choose-password')).ChoosePasswordPage }),
          },
          {
            path: 'invitation/:token',
            lazy: async () => ({ Component: (await import('./routes/invitation')).InvitationPage }),
          },
          {
            path: 'account',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/account'), ['notifications'])).AccountPage,
            }),
          },
          {
            // The one-click unsubscribe link at the end of every notice mail (decision 036).
            path: 'unsubscribe/:token',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/unsubscribe'), ['notifications'])).UnsubscribePage,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/notifications'), ['notifications']))
                .NotificationsPage,
            }),
          },
          {
            path: 'admin/outbox',
            lazy: async () => ({
              Component: (await withTexts(import('./routes/outbox'), ['coordination'])).OutboxPage,
            }),
          },
          { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundPage }) },
        ],
      },
    ],
  },
];
