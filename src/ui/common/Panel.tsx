import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Extra controls in the header row, after the title. */
  actions?: ReactNode;
  /** Short text next to the title (counts, legends). */
  note?: ReactNode;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** A titled region: the heading names it, so screen readers list it among the landmarks. */
export function Panel({ title, actions, note, id, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} id={id}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {note && <span className="panel-note">{note}</span>}
        <span className="spacer" />
        {actions}
      </div>
      {children}
    </section>
  );
}
