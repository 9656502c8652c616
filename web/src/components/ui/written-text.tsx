import { languageOfVote, textLanguageVote } from '@kraftsamling/shared';
import type { ReactNode } from 'react';
import { useLanguage } from '../../lib/i18n/use-language';

type Props = {
  /** The text as people wrote it; its language is told from it (or from `about`). */
  text: string;
  /** A longer text in the same language to tell it from: a project's title is told with its description. */
  about?: string;
  as?: 'span' | 'p' | 'h3' | 'li';
  className?: string;
  /** What to show instead of `text` (the text with search hits marked, say). */
  children?: ReactNode;
};

/**
 * Text written by an organisation, marked with `lang` when it is not in the interface's language, so that
 * screen readers read Swedish as Swedish on the English interface and back (WCAG 3.1.2, decision 014). The
 * language is told as the matching engine tells it; a text with nothing to tell by (a name, an abbreviation)
 * keeps the page's language.
 */
export function WrittenText({ text, about, as: Tag = 'span', className, children }: Props) {
  const language = useLanguage();
  const vote = textLanguageVote(about ?? text);
  const lang = vote === 0 ? language : languageOfVote(vote);
  return (
    <Tag className={className} {...(lang !== language ? { lang } : {})}>
      {children ?? text}
    </Tag>
  );
}
