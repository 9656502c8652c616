import type { ControlProps } from './field';

type Props = {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  /** `username` where it is the person's own sign-in address, `off` where it is someone else's. */
  autoComplete: 'username' | 'off';
};

/** An email address field: never spell-checked or capitalised, so the address is sent as typed. */
export function EmailInput({ control, value, onChange, autoComplete }: Props) {
  return (
    <input
      {...control}
      className="input"
      type="email"
      autoComplete={autoComplete}
      spellCheck={false}
      autoCapitalize="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
