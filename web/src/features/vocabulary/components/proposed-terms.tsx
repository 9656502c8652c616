import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { QueryState } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useDecideTerm, useProposedTerms } from '../api/kinds';

/** The words the engine tied to a kind, with the texts they came from, to accept into the vocabulary or dismiss. */
type Props = { mobilisationId: string; version: number; onChanged: () => void };

export function ProposedTerms({ mobilisationId, version, onChanged }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const proposals = useProposedTerms(mobilisationId);
  const decide = useDecideTerm(mobilisationId);
  return (
    <section className="section" aria-labelledby="proposed-terms-heading">
      <h2 id="proposed-terms-heading">{t('vocabulary.proposals.heading')}</h2>
      <p className="muted">{t('vocabulary.proposals.intro')}</p>
      {decide.isError ? (
        <Notice tone="error" role="alert">
          <p>{errorMessage(decide.error, t)}</p>
        </Notice>
      ) : null}
      <QueryState query={proposals}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('vocabulary.proposals.none')}</p>
          ) : (
            <ul className="proposed-terms">
              {data.items.map((term) => (
                <li key={`${term.kind.id}-${term.language}-${term.stem}`} className="proposed-term">
                  <h3 className="proposed-term__title">
                    {t('vocabulary.proposals.term', {
                      word: term.word,
                      kind: language === 'en' ? term.kind.en : term.kind.sv,
                    })}
                  </h3>
                  <p>
                    {t('vocabulary.proposals.evidence', { count: term.support, confirmed: term.confirmed })}
                  </p>
                  <ul>
                    {term.evidence.map((e) => (
                      <li key={e.itemId}>
                        <Link to={`/profiles/${e.profileId}`}>{e.organisation.name}</Link>:{' '}
                        <WrittenText text={e.text} />
                      </li>
                    ))}
                  </ul>
                  <div className="button-row">
                    {(['accept', 'dismiss'] as const).map((decision) => (
                      <button
                        key={decision}
                        type="button"
                        className={
                          decision === 'accept' ? 'button button--secondary' : 'button button--quiet'
                        }
                        disabled={decide.isPending}
                        onClick={() =>
                          decide.mutate(
                            {
                              version,
                              kind: term.kind.id,
                              language: term.language,
                              stem: term.stem,
                              decision,
                            },
                            { onSuccess: onChanged },
                          )
                        }
                      >
                        {t(`vocabulary.proposals.${decision}`, { word: term.word })}
                      </button>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
