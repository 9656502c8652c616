import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryError = { key: string; href: string; label: string; message: string };

type ErrorSummaryProps = { title: string; errors: readonly SummaryError[]; ref?: Ref<HTMLDivElement> };

/**
 * The list of problems at the top of a form, after a failed submit. It takes focus (the caller focuses it) so a
 * screen reader reads it out, and each entry links to its field.
 */
export function ErrorSummary({ title, errors, ref }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const focusField = (href: string) => {
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <p>{t('errorSummary.intro')}</p>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.key}>
            <a
              href={error.href}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.href);
              }}
            >
              {error.label}: {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
