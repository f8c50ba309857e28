import { useRef, type KeyboardEvent } from 'react';
import type { ExportFile } from './export-files';

interface ExportTabsProps {
  files: readonly ExportFile[];
  selected: ExportFile['id'];
  onSelect: (id: ExportFile['id']) => void;
  idOf: (id: ExportFile['id'], part: 'tab' | 'panel') => string;
}

/** ARIA tabs: one tab stop, arrows move between tabs and select them. */
export function ExportTabs({ files, selected, onSelect, idOf }: ExportTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = files.findIndex((f) => f.id === selected);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? files.length - 1
          : (at + step + files.length) % files.length;
    if (!step && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    onSelect(files[to]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Export format"
      className="tabs"
      ref={list}
      onKeyDown={onKeyDown}
    >
      {files.map((f) => (
        <button
          key={f.id}
          type="button"
          role="tab"
          id={idOf(f.id, 'tab')}
          aria-selected={f.id === selected}
          aria-controls={idOf(f.id, 'panel')}
          tabIndex={f.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(f.id)}
        >
          {f.tab}
        </button>
      ))}
    </div>
  );
}
