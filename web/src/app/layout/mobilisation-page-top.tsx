import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs, type Crumb } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';

type Props = {
  mobilisationId: string;
  /** The mobilisation's name, once loaded. */
  name: string | undefined;
  /** The page's own title: the last crumb, the h1 and, with the name, the document title. */
  title: string;
  /** Crumbs between the mobilisation and this page (the map above its list view). */
  trail?: Crumb[];
  /** The mobilisation's name under the heading, with room for the page's main action beside it. */
  withContext?: boolean;
  action?: ReactNode;
};

/** The top of a page inside a mobilisation: where it sits, and its heading. */
export function MobilisationPageTop({ mobilisationId, name, title, trail = [], withContext, action }: Props) {
  const { t } = useTranslation();
  const heading = <PageHeading title={name ? `${title} – ${name}` : title}>{title}</PageHeading>;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          ...trail,
          { label: title },
        ]}
      />
      {withContext ? (
        <div className="page-header">
          <div>
            {heading}
            {name ? <p className="page-header__context">{name}</p> : null}
          </div>
          {action}
        </div>
      ) : (
        heading
      )}
    </>
  );
}
