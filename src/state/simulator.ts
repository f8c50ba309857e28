import { decide, type Decision, type Design, type Person } from '../core';
import { modelsOf } from './selectors/access';
import type { SimulatorInput } from './types';

export interface Simulation {
  readonly decision: Decision;
  /** Things about the request itself a user should know (Gen 1 habits), independent of the verdict. */
  readonly notes: readonly string[];
}

const LEGACY_PREFIXES = ['public/', 'protected/', 'private/'];

/** Who the simulator's "Person" choice acts as: its IAM role, and the identity id IAM sees. */
function requestRole(person: Person, identityId: string) {
  if (person === 'guest') return { role: 'guest' as const };
  const id = identityId.trim();
  return {
    role: person === 'owner' ? ('authenticated' as const) : person,
    ...(id ? { identityId: id } : {}),
  };
}

/** Asks IAM (through the compiled policies) about one request, and flags Gen 1 habits in the key. */
export function simulate(
  design: Design,
  storageIndex: number,
  input: SimulatorInput,
): Simulation | undefined {
  const model = modelsOf(design)[storageIndex];
  if (!model) return undefined;
  const decision = decide(model.index, model.storage, {
    ...requestRole(input.person, input.identityId),
    action: input.action,
    key: input.key,
  });
  return {
    decision,
    notes: keyNotes(
      input.key,
      model.storage.paths.map((p) => p.path),
    ),
  };
}

export function keyNotes(key: string, paths: readonly string[]): string[] {
  const notes: string[] = [];
  if (key.startsWith('/')) {
    notes.push(
      `Keys do not start with "/": S3 treats "${key}" and "${key.replace(/^\/+/, '')}" as different keys, and no Amplify path can start with "/".`,
    );
  }
  const legacy = LEGACY_PREFIXES.find((p) => key.replace(/^\/+/, '').startsWith(p));
  if (legacy && !paths.some((p) => p.startsWith(legacy))) {
    notes.push(
      `Gen 1 habit: Gen 2 adds no "${legacy}" prefix by itself, and this storage defines no path under "${legacy}".`,
    );
  }
  return notes;
}
