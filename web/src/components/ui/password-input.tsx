import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './field';

type Props = {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
};

/** A password field whose text can be shown, so a long password can be checked before it is sent. */
export function PasswordInput({ control, value, onChange, autoComplete }: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-input">
      <input
        {...control}
        className="input password-input__field"
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className="button button--secondary button--small password-input__toggle"
        aria-pressed={visible}
        aria-controls={control.id}
        onClick={() => setVisible((v) => !v)}
      >
        {t('auth.showPassword')}
      </button>
    </div>
  );
}
