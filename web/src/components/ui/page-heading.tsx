import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps the browser's own focus handling; after a client-side navigation, focus moves
// to the new page's heading so screen-reader and keyboard users learn that the page changed and start there.
let firstPageShown = false;

type PageHeadingProps = {
  children: ReactNode;
  /** The document title; defaults to the heading's text when that is a plain string. */
  title?: string;
};

/** The page's one h1, and the document title that goes with it. */
export function PageHeading({ children, title }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  const pageTitle = title ?? (typeof children === 'string' ? children : undefined);
  return (
    <>
      <title>
        {pageTitle && pageTitle !== t('app.titleSuffix')
          ? `${pageTitle} – ${t('app.titleSuffix')}`
          : t('app.titleSuffix')}
      </title>
      <h1 ref={ref} tabIndex={-1} className="page-heading">
        {children}
      </h1>
    </>
  );
}
