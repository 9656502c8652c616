import type { ReactNode } from 'react';

type NoticeProps = {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children: ReactNode;
  /** `status` for news a screen reader should hear when it appears; omit for content that is simply there. */
  role?: 'status' | 'alert';
};

const toneIcon = { info: 'i', success: '✓', warning: '!', error: '!' } as const;

export function Notice({ tone = 'info', title, children, role }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} {...(role ? { role } : {})}>
      <span className="notice__icon" aria-hidden="true">
        {toneIcon[tone]}
      </span>
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
