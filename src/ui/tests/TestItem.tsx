import {
  describeCounterexample,
  describeTest,
  pathIdOf,
  type AccessTest,
  type Design,
  type TestResult,
} from '../../core';
import { useAppStore } from '../../state';
import { revealPath } from '../design/reveal';

const STATUS: Record<TestResult['status'], string> = {
  pass: 'Pass',
  fail: 'Fail',
  invalid: 'Invalid',
  undecided: 'Undecided',
};

/**
 * One test: its status and sentence; a failing test shows each counterexample, the deciding
 * statement and the rule behind it, with `Go to rule` and `Update expectation`.
 */
export function TestItem({ result, design }: { result: TestResult; design: Design }) {
  const edit = useAppStore((s) => s.edit);
  const selectStorage = useAppStore((s) => s.selectStorage);
  const { test, index, status } = result;
  const name = describeTest(test);
  const flipped: AccessTest = { ...test, expect: test.expect === 'allow' ? 'deny' : 'allow' };
  const goTo = (pathIndex: number) => {
    if (result.storageIndex === undefined) return;
    // The path by its id in the design the result was computed from (`design`).
    const entry = design.storages[result.storageIndex]?.paths[pathIndex];
    if (!entry) return;
    selectStorage(result.storageIndex);
    revealPath(result.storageIndex, pathIdOf(entry));
  };
  return (
    <li className={`test-item test-${status}`} aria-label={`${STATUS[status]}: ${name}`}>
      <div className="test-head">
        <span className={`test-status test-status-${status}`}>{STATUS[status]}</span>
        <span className="test-name">{name}</span>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Remove test ${name}`}
          onClick={() => edit({ type: 'removeTest', index })}
        >
          Remove
        </button>
      </div>
      {result.problems.map((p) => (
        <p key={`${p.code}-${p.field.join('.')}`} className="test-problem">
          {p.message}
        </p>
      ))}
      {result.message && <p className="test-problem">{result.message}</p>}
      {result.failures.map((f) => (
        <div key={f.action} className="test-failure">
          <p className="test-counterexample">
            Counterexample: <code>{describeCounterexample(f)}</code>
          </p>
          <p className="test-reason">{f.reason}</p>
          {f.rules.map((rule) => (
            <p key={`${rule.pathIndex}-${rule.ruleIndex}`} className="test-rule">
              <code>{rule.rule}</code> on <code>{rule.path}</code>{' '}
              <button type="button" className="btn btn-quiet" onClick={() => goTo(rule.pathIndex)}>
                Go to rule
              </button>
            </p>
          ))}
        </div>
      ))}
      {status === 'fail' && (
        <button
          type="button"
          className="btn"
          aria-label={`Update expectation of ${name}`}
          onClick={() => edit({ type: 'replaceTest', index, test: flipped })}
        >
          Update expectation
        </button>
      )}
    </li>
  );
}
