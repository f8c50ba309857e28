import { memo, useId, useMemo } from 'react';
import { ACCESS_ACTIONS, type AccessAction, type AccessTest, type Person } from '../../core';
import { matrixOf, simulate, useAppStore, useDerivedDesign, type AppState } from '../../state';
import { Panel } from '../common/Panel';
import { personOptions } from './person-options';
import { SimulatorResult } from './SimulatorResult';

/**
 * Asks IAM about one concrete request, as the deployed policies would answer it. The answer
 * follows every edit; the form is memoized on its values, so an edit does not render its fields.
 */
export function SimulatorPanel() {
  const design = useDerivedDesign();
  const storageIndex = useAppStore((s) => s.storageIndex);
  const input = useAppStore((s) => s.simulator);
  const setSimulator = useAppStore((s) => s.setSimulator);
  // The columns are one stable array while they do not change (see `matrixOf`).
  const columns = matrixOf(design, storageIndex)?.people;
  const people = useMemo(() => personOptions(columns ?? []), [columns]);
  const person = people.some((p) => p.value === input.person) ? input.person : 'guest';
  const simulation = simulate(design, storageIndex, { ...input, person });
  const edit = useAppStore((s) => s.edit);
  const saveAsTest = () => {
    if (!simulation) return;
    const signedIn = person === 'authenticated' || person.startsWith('group:');
    const test: AccessTest = {
      who: person,
      actions: [input.action],
      where: input.key,
      expect: simulation.decision.allowed ? 'allow' : 'deny',
      ...(signedIn && input.identityId ? { identityId: input.identityId } : {}),
      ...(design.storages.length > 1 ? { storage: design.storages[storageIndex]?.name } : {}),
    };
    edit({ type: 'addTests', tests: [test] });
  };
  return (
    <Panel title="Request simulator" id="simulator">
      <SimulatorForm people={people} person={person} input={input} setSimulator={setSimulator} />
      {simulation && <SimulatorResult simulation={simulation} />}
      {simulation && (
        <div className="panel-body">
          <button type="button" className="btn" onClick={saveAsTest}>
            Save as test
          </button>
        </div>
      )}
    </Panel>
  );
}

interface SimulatorFormProps {
  people: readonly { value: Person; label: string }[];
  /** The person asked about: the input's, or guest when that person is gone. */
  person: Person;
  input: AppState['simulator'];
  setSimulator: AppState['setSimulator'];
}

const SimulatorForm = memo(function SimulatorForm({
  people,
  person,
  input,
  setSimulator,
}: SimulatorFormProps) {
  const keyHint = useId();
  return (
    <form className="panel-body simulator" onSubmit={(e) => e.preventDefault()}>
      <label className="sim-field">
        <span className="label">Person</span>
        <select
          className="field"
          value={person}
          onChange={(e) => setSimulator({ person: e.target.value as Person })}
        >
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="sim-field">
        <span className="label">Action</span>
        <select
          className="field"
          value={input.action}
          onChange={(e) => setSimulator({ action: e.target.value as AccessAction })}
        >
          {ACCESS_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="sim-field wide">
        <span className="label">Object key</span>
        <input
          className="field mono"
          value={input.key}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={keyHint}
          onChange={(e) => setSimulator({ key: e.target.value })}
        />
      </label>
      <span id={keyHint} className="hint wide">
        For list, the prefix being listed (e.g. <code>media/</code>).
      </span>
      <label className="sim-field wide">
        <span className="label">Identity id</span>
        <input
          className="field mono"
          value={input.identityId}
          placeholder="us-east-1:1a2b3c…"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setSimulator({ identityId: e.target.value })}
        />
      </label>
    </form>
  );
});
