import { useState } from 'react';
import { ACCESS_ACTIONS, personLabel, type AccessTest, type Person } from '../../core';
import { useAppStore } from '../../state';

/** A test by hand: who, which actions, where (a key, or a prefix ending in `*`), and the answer. */
export function AddTestForm({ people, storage }: { people: readonly Person[]; storage?: string }) {
  const edit = useAppStore((s) => s.edit);
  const [who, setWho] = useState<string>('guest');
  const [actions, setActions] = useState<string[]>(['write']);
  const [where, setWhere] = useState('*');
  const [expect, setExpect] = useState<'allow' | 'deny'>('deny');
  const add = () => {
    if (actions.length === 0) return;
    const test: AccessTest = { who, actions, where, expect, ...(storage ? { storage } : {}) };
    edit({ type: 'addTests', tests: [test] });
  };
  return (
    <form
      className="add-test"
      aria-label="Add a test"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label className="sim-field">
        <span className="label">Who</span>
        <select className="field" value={who} onChange={(e) => setWho(e.target.value)}>
          {people.map((p) => (
            <option key={p} value={p}>
              {personLabel(p)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="test-actions">
        <legend className="label">Actions</legend>
        {ACCESS_ACTIONS.map((a) => (
          <label key={a}>
            <input
              type="checkbox"
              checked={actions.includes(a)}
              onChange={(e) =>
                setActions(e.target.checked ? [...actions, a] : actions.filter((x) => x !== a))
              }
            />{' '}
            {a}
          </label>
        ))}
      </fieldset>
      <label className="sim-field wide">
        <span className="label">Where (a key, or a prefix ending in *)</span>
        <input
          className="field mono"
          value={where}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setWhere(e.target.value)}
        />
      </label>
      <label className="sim-field">
        <span className="label">Expect</span>
        <select
          className="field"
          value={expect}
          onChange={(e) => setExpect(e.target.value as 'allow' | 'deny')}
        >
          <option value="allow">allow</option>
          <option value="deny">deny</option>
        </select>
      </label>
      <button type="submit" className="btn" disabled={actions.length === 0}>
        Add test
      </button>
    </form>
  );
}
