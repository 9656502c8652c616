import type { KindsPreviewResult } from '@kraftsamling/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/i18n/use-language';
import { usePreview } from '../api/kinds';
import { type KindDraft, toKinds } from '../lib/kind-drafts';
import { type AbbreviationDraft, type GroupDraft, toAbbreviations, toGroups } from '../lib/language-drafts';

type Props = {
  mobilisationId: string;
  kinds: readonly KindDraft[];
  targetGroups: readonly GroupDraft[];
  abbreviations: readonly AbbreviationDraft[];
};

/** A need or an offer read with the kinds as the form holds them, and what matching ranks best for it today. */
export function KindsPreview({ mobilisationId, kinds, targetGroups, abbreviations }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const preview = usePreview(mobilisationId);
  const [text, setText] = useState('');
  const [side, setSide] = useState<'need' | 'offer'>('need');
  const [shown, setShown] = useState<{ side: 'need' | 'offer'; result: KindsPreviewResult } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      setShown({
        side,
        result: await preview.mutateAsync({
          text,
          side,
          kinds: toKinds(kinds),
          targetGroups: toGroups(targetGroups),
          abbreviations: toAbbreviations(abbreviations),
        }),
      });
    } catch {
      setShown(null);
    }
  };

  return (
    <section className="kinds-preview" aria-labelledby="kinds-preview-heading">
      <h2 id="kinds-preview-heading">{t('vocabulary.preview.heading')}</h2>
      <p className="muted">{t('vocabulary.preview.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field id="kinds-preview-text" label={t('vocabulary.preview.text')}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={4}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend className="field__label">{t('vocabulary.preview.side')}</legend>
          <div className="radio-list">
            {(['need', 'offer'] as const).map((value) => (
              <div className="checkbox" key={value}>
                <input
                  type="radio"
                  id={`kinds-preview-${value}`}
                  name="kinds-preview-side"
                  checked={side === value}
                  onChange={() => setSide(value)}
                />
                <label htmlFor={`kinds-preview-${value}`}>{t(`vocabulary.preview.${value}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          className="button button--secondary"
          disabled={preview.isPending || !text.trim()}
        >
          {preview.isPending ? t('vocabulary.preview.running') : t('vocabulary.preview.run')}
        </button>
      </form>
      <div aria-live="polite">
        {preview.isError ? (
          <Notice tone="error" role="alert">
            <p>{errorMessage(preview.error, t)}</p>
          </Notice>
        ) : null}
        {shown ? (
          <div className="kinds-preview__result">
            <h3>{t('vocabulary.preview.kinds')}</h3>
            {shown.result.kinds.length === 0 ? (
              <p>{t('vocabulary.preview.noKinds')}</p>
            ) : (
              <ul>
                {shown.result.kinds.map((k) => (
                  <li key={k.id}>
                    <strong>{language === 'en' ? k.en : k.sv}</strong>{' '}
                    <span className="muted">
                      {t('vocabulary.preview.words', { words: k.evidence.join(', ') })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('vocabulary.preview.groups')}</h3>
            {shown.result.targetGroups.length === 0 ? (
              <p>{t('vocabulary.preview.noGroups')}</p>
            ) : (
              <ul>
                {shown.result.targetGroups.map((g) => (
                  <li key={g.id}>
                    {language === 'en' ? g.en : g.sv}{' '}
                    <span className="muted">
                      {t('vocabulary.preview.words', { words: g.evidence.join(', ') })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3>
              {t(
                shown.side === 'need' ? 'vocabulary.preview.matchesNeed' : 'vocabulary.preview.matchesOffer',
              )}
            </h3>
            {shown.result.matches.length === 0 ? (
              <p>{t('vocabulary.preview.noMatches')}</p>
            ) : (
              <ol>
                {shown.result.matches.map((m) => (
                  <li key={m.itemId}>
                    <strong>{m.organisation.name}</strong>{' '}
                    <span className="muted">
                      {t('vocabulary.preview.score', { score: Math.round(m.score * 100) })}
                      {m.suggested ? `, ${t('vocabulary.preview.suggested')}` : ''}
                    </span>
                    <br />
                    <WrittenText text={m.text} />
                  </li>
                ))}
              </ol>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
