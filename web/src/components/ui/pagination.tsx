import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type PaginationProps = {
  /** What the pages are of, for screen readers ("Sidor i loggen"). */
  label: string;
  page: number;
  pages: number;
  /** The address of another page, keeping whatever else the list's address holds. */
  href: (page: number) => string;
};

/** Previous / "Sida 2 av 5" / next, as links, so every page of a list has its own address. */
export function Pagination({ label, page, pages, href }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link to={href(page - 1)} className="pagination__link" rel="prev">
          <span aria-hidden="true">← </span>
          {t('organisations.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__position">{t('organisations.pageOf', { page, pages })}</p>
      {page < pages ? (
        <Link to={href(page + 1)} className="pagination__link" rel="next">
          {t('organisations.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The address of a page of a list whose filters live in the query string: the same filters, that page. */
export function pageSearch(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return `?${next.toString()}`;
}
