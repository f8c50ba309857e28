import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { FindingLine } from '../common/FindingLine';
import { AddNameForm } from './AddNameForm';
import { NameChip } from './NameChip';

/** Functions (defineFunction) that rules may grant access to. */
export function FunctionsEditor() {
  const functions = useAppStore((s) => s.design.functions);
  const findings = findingIndexOf(useDerivedDesign());
  const edit = useAppStore((s) => s.edit);
  return (
    <div className="names">
      <div className="names-line">
        <h3>Functions</h3>
        <ul className="name-list" aria-label="Functions">
          {functions.map((name, index) => (
            <NameChip
              key={name}
              noun="function"
              name={name}
              index={index}
              count={functions.length}
              findings={findings.byName('function', name)}
              onRename={(to) => edit({ type: 'renameFunction', from: name, to })}
              onRemove={() => edit({ type: 'removeFunction', name })}
            />
          ))}
        </ul>
        <AddNameForm
          noun="function"
          existing={functions}
          placeholder="resizer"
          onAdd={(name) => edit({ type: 'addFunction', name })}
        />
      </div>
      {functions
        .flatMap((name) => findings.byName('function', name))
        .map((f, i) => (
          <FindingLine key={i} finding={f} madeFor={findings.design} />
        ))}
    </div>
  );
}
