import { useId, type Ref } from 'react';
import { EmbedSection } from './EmbedSection';
import { LinkSection } from './LinkSection';
import './share.css';

interface SharePanelProps {
  readonly ref: Ref<HTMLDivElement>;
  readonly id: string;
  readonly link: string;
  readonly copied: string;
  readonly onClose: () => void;
}

/** What `Share link` opens: the link with its length, and the embed code. */
export function SharePanel({ ref, id, link, copied, onClose }: SharePanelProps) {
  const titleId = useId();
  return (
    <div ref={ref} id={id} className="share-panel" role="dialog" aria-labelledby={titleId}>
      <div className="share-head">
        <h2 id={titleId}>Share this design</h2>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      <LinkSection link={link} copied={copied} />
      <EmbedSection />
    </div>
  );
}
