import { useCallback, type ReactNode } from 'react';
import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { FindingLine } from '../common/FindingLine';
import { AddNameForm } from './AddNameForm';
import { NameChip } from './NameChip';
import type { NameKind } from './names';

/**
 * A list of declared names (groups or functions): rename in place, reorder where order matters,
 * add, remove. `children` follow the findings (the functions' notes on what they receive).
 * Its parts are memoized on values and stable functions: the findings' transition after a tick
 * renders this list, not its chips and text boxes.
 */
export function NamesEditor({ kind, children }: { kind: NameKind; children?: ReactNode }) {
  const names = useAppStore((s) => kind.names(s.design));
  const findings = findingIndexOf(useDerivedDesign());
  const edit = useAppStore((s) => s.edit);
  const add = useCallback((name: string) => edit(kind.add(name)), [edit, kind]);
  return (
    <div className="names">
      <div className="names-line">
        <h3>{kind.title}</h3>
        <ul className="name-list" aria-label={kind.title}>
          {names.map((name, index) => (
            <NameChip
              key={name}
              kind={kind}
              name={name}
              index={index}
              count={names.length}
              error={findings.byName(kind.noun, name).some((f) => f.severity === 'error')}
              edit={edit}
            />
          ))}
        </ul>
        <AddNameForm noun={kind.noun} existing={names} placeholder={kind.placeholder} onAdd={add} />
      </div>
      {names
        .flatMap((name) => findings.byName(kind.noun, name))
        .map((f, i) => (
          <FindingLine key={i} finding={f} madeFor={findings.design} />
        ))}
      {children}
    </div>
  );
}
