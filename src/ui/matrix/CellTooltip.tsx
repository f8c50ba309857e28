import { useLayoutEffect, useRef, useState } from 'react';
import { personLabel, type Person } from '../../core';
import type { TreeRow } from '../../state';
import { NO_FOLDER, reasonsOf, type CellInfo } from './cell-info';
import type { CellPos } from '../common/grid-keys';

export interface TooltipTarget {
  readonly pos: CellPos;
  readonly tree: TreeRow;
  readonly person: Person;
  readonly info: CellInfo;
  readonly rect: DOMRect;
}

const WIDTH = 440;

/**
 * Why a cell says what it says: the IAM decisions grouped by cause, each shared reason once
 * under the actions it decides (`get, list` ✓ allowed by one rule). Visual only
 * (aria-hidden): the same sentences reach screen readers as the cell's description.
 */
export function CellTooltip({
  target,
  onPointerEnter,
  onPointerLeave,
  onExpect,
}: {
  target: TooltipTarget;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** `Expect this`: add tests that pin the cell as it is now. */
  onExpect: () => void;
}) {
  const { tree, person, info, rect } = target;
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  // Measure once rendered, then place below the cell, or above when it does not fit below.
  useLayoutEffect(() => setHeight(box.current?.offsetHeight ?? 0), [target]);
  // Never wider than the window (a phone is 390 px): the sentences wrap instead of being cut.
  const width = Math.min(WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const fitsBelow = rect.bottom + 6 + height <= window.innerHeight - 8;
  const top =
    fitsBelow || rect.top - 6 - height < 8
      ? Math.min(rect.bottom + 6, Math.max(8, window.innerHeight - height - 8))
      : rect.top - 6 - height;
  const style = {
    left,
    top,
    width,
    visibility: height ? ('visible' as const) : ('hidden' as const),
  };
  const taken = info.cell?.overridden ?? [];
  return (
    <div
      ref={box}
      className="cell-tooltip"
      style={style}
      aria-hidden="true"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="tooltip-head">
        <strong>{personLabel(person)}</strong> on <code>{tree.row.path}</code>
      </div>
      {info.noFolder && <p className="tooltip-note">{NO_FOLDER}</p>}
      {taken.length > 0 && (
        <p className="tooltip-note overridden-note">
          Taken away by this subpath: <s>{taken.join(' ')}</s> (allowed on{' '}
          <code>{tree.parentPath}</code>)
        </p>
      )}
      <ul className="tooltip-decisions">
        {reasonsOf(info).map(({ actions, allowed, reason }) => (
          <li key={actions.join(' ')} className={allowed ? 'allow' : 'deny'}>
            <span className="decision-mark">{allowed ? '✓' : '✕'}</span>
            <span className="decision-action">{actions.join(', ')}</span>
            <span className="decision-reason">{reason}</span>
          </li>
        ))}
      </ul>
      {info.cell && tree.row.path.endsWith('*') && (
        <p className="tooltip-note">
          {/* Keyboard users press E on the cell (its description says so); this is for the pointer. */}
          <button type="button" className="btn" tabIndex={-1} onClick={onExpect}>
            Expect this
          </button>{' '}
          (or press E on the cell): add tests that pin this cell as it is now.
        </p>
      )}
    </div>
  );
}
