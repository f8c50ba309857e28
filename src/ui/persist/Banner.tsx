import type { ReactNode } from 'react';
import './banners.css';

interface BannerProps {
  title: string;
  tone: 'info' | 'warn' | 'error';
  /** `alert` for what needs a decision now; `status` for a state the user is in. */
  role: 'alert' | 'status';
  children?: ReactNode;
  actions: ReactNode;
}

/** A full-width message under the header with the choices it offers. Text only, never HTML. */
export function Banner({ title, tone, role, children, actions }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={role}>
      <div className="banner-text">
        <strong>{title}</strong>
        {children && <div className="banner-detail">{children}</div>}
      </div>
      <div className="banner-actions">{actions}</div>
    </div>
  );
}
