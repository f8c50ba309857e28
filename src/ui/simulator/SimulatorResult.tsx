import type { Simulation } from '../../core';

/** The verdict, starting with "Allowed" or "Denied", then the reason; notes about the key below. */
export function SimulatorResult({ simulation }: { simulation: Simulation }) {
  const { decision, notes } = simulation;
  return (
    <div className="panel-body sim-result-wrap">
      <output
        className={`sim-result ${decision.allowed ? 'allowed' : 'denied'}`}
        aria-live="polite"
      >
        {decision.reason}
      </output>
      {notes.map((note) => (
        <p key={note.code} className="sim-note" role="note">
          {note.message}
        </p>
      ))}
    </div>
  );
}
