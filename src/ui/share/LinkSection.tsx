import { useId } from 'react';
import { SHARE_LINK_SOFT_LIMIT } from '../../core';
import { isLongLink } from '../../state';

const count = (n: number) => n.toLocaleString('en-US');

/** The link, its length, and a warning when it is long enough to be cut by some tools. */
export function LinkSection({ link, copied }: { link: string; copied: string }) {
  const lengthId = useId();
  return (
    <section className="share-section" aria-label="Link">
      <label className="share-field">
        <span className="label">Link</span>
        <input
          className="field mono"
          readOnly
          value={link}
          placeholder="Making the link…"
          aria-describedby={lengthId}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p id={lengthId} className="hint">
        {link ? `${count(link.length)} characters.` : ''} Opening it shows this design without
        changing the opener's own saved design; the design travels in the part after “#”, which is
        never sent to a server.
      </p>
      {link && isLongLink(link) && (
        <p className="share-warning" role="alert">
          This link is longer than {count(SHARE_LINK_SOFT_LIMIT)} characters: some chat tools,
          e-mail programs and browsers cut such links. Share the design file (Save design) instead.
        </p>
      )}
      <p className="share-status" role="status">
        {copied}
      </p>
    </section>
  );
}
