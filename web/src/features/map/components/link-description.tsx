import type { MapLink } from '@kraftsamling/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../hooks/use-vocabulary';

type Props = {
  link: MapLink;
  /** The organisation at the other end, rendered by the caller (a link to its page, a button on the map). */
  other: ReactNode;
  vocabulary: Vocabulary;
};

/**
 * A link in words, the way the list view and the side panel say it: "Föreslagen samverkan med X om
 * utvärdering och lokaler (mål G2), bygger på 3 matchningar".
 */
export function LinkDescription({ link, other, vocabulary }: Props) {
  const { t } = useTranslation();
  const concepts = link.concepts.map((c) => vocabulary.concept(c));
  return (
    <>
      <span className={`link-status link-status--${link.status}`}>{t(`map.linkStatus.${link.status}`)}</span>{' '}
      {t('map.with')} {other}
      {concepts.length > 0 ? ` ${t('map.about')} ${vocabulary.list(concepts)}` : ''}
      {link.goals.length > 0 ? ` (${t('map.goalsShort')} ${vocabulary.list(link.goals)})` : ''}
      {link.status === 'proposed' && link.weight > 1 ? `, ${t('map.basedOn', { count: link.weight })}` : ''}
    </>
  );
}
