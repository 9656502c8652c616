import { useTranslation } from 'react-i18next';

type Props = {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
};

/** "Visa fler": the next page of a list, appended below what is shown. */
export function LoadMore({ query }: Props) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <p className="button-row">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={query.isFetchingNextPage || undefined}
        onClick={() => {
          if (!query.isFetchingNextPage) void query.fetchNextPage();
        }}
      >
        {query.isFetchingNextPage ? t('common.loading') : t('initiatives.loadMore')}
      </button>
    </p>
  );
}
