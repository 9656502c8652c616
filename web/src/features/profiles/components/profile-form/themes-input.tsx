import { useEffect, useState } from 'react';
import type { ControlProps } from '../../../../components/ui/field';

export function parseThemes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((theme) => theme.trim())
        .filter(Boolean),
    ),
  ];
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

type Props = ControlProps & { value: readonly string[]; onChange: (themes: string[]) => void };

/**
 * Themes typed as comma-separated text. The text is kept as typed ("psykisk hälsa, ") while the content holds
 * the clean list; the text is only rewritten when the list changes from elsewhere (a reload of the draft).
 */
export function ThemesInput({ value, onChange, ...control }: Props) {
  const [text, setText] = useState(() => value.join(', '));
  useEffect(() => {
    setText((current) => (same(parseThemes(current), value) ? current : value.join(', ')));
  }, [value]);
  return (
    <input
      {...control}
      className="input"
      type="text"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = parseThemes(event.target.value);
        if (!same(next, value)) onChange(next);
      }}
    />
  );
}
