import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { shareLinkFor, useAppStoreApi } from '../../state';
import { copyText } from './copy-text';

// The panel (link, embed code, their styles) loads when it is first opened: every page shows the
// button, few open it, and the first load has a budget (150 KiB gzip, issue 11).
const SharePanel = lazy(async () => ({ default: (await import('./SharePanel')).SharePanel }));

/**
 * `Share link` copies a link holding the whole design (in the part after `#`, which browsers never
 * send to a server) and opens a small panel with the link, its length, and the embed code.
 */
export function ShareMenu() {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const share = async () => {
    setOpen(true);
    setCopied('');
    const made = await shareLinkFor(store.getState().design, location.href);
    setLink(made);
    setCopied(await copyText(made, 'Link'));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="header-group share-menu">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title="Copy a link that opens this design (nothing is uploaded)"
        onClick={() => void share()}
      >
        Share link
      </button>
      {open && (
        <Suspense fallback={null}>
          <SharePanel
            ref={panel}
            id={panelId}
            link={link}
            copied={copied}
            onClose={() => close(true)}
          />
        </Suspense>
      )}
    </div>
  );
}
