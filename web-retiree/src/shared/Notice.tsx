import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'success' | 'error';
  title?: string;
  children: ReactNode;
}

/** A calm, bordered message. Errors are alerts (announced at once); others are polite status. */
export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}
