import type { RoleKey } from '../compile/roles';
import type { AccessAction } from '../model/types';
import { decide, type Decision } from './decide';
import type { AccessModel } from './matrix';
import type { Person } from './people';

/** Things about a request's key a user should know, whatever the verdict (Gen 1 habits). */
export type KeyNoteCode = 'key-leading-slash' | 'key-gen1-prefix';

export interface KeyNote {
  readonly code: KeyNoteCode;
  readonly message: string;
}

/** One request as a person asks it: `owner` is a signed-in user with the identity id given. */
export interface PersonRequest {
  readonly person: Person;
  readonly action: AccessAction;
  readonly key: string;
  /** The caller's identity id (blank: none, so `${cognito-identity…:sub}` matches nothing). */
  readonly identityId: string;
}

export interface Simulation {
  readonly decision: Decision;
  readonly notes: readonly KeyNote[];
}

/** Gen 1 put every file under one of these; Gen 2 adds no prefix of its own. */
const GEN1_PREFIXES = ['public/', 'protected/', 'private/'];

/**
 * Notes about a key: a leading `/` (S3 keys do not start with one, and no Amplify path can), and a
 * Gen 1 access-level prefix that this storage does not define.
 */
export function keyNotes(key: string, paths: readonly string[]): KeyNote[] {
  const notes: KeyNote[] = [];
  if (key.startsWith('/')) {
    notes.push({
      code: 'key-leading-slash',
      message: `Keys do not start with "/": S3 treats "${key}" and "${key.replace(/^\/+/, '')}" as different keys, and no Amplify path can start with "/".`,
    });
  }
  const legacy = GEN1_PREFIXES.find((p) => key.replace(/^\/+/, '').startsWith(p));
  if (legacy && !paths.some((p) => p.startsWith(legacy))) {
    notes.push({
      code: 'key-gen1-prefix',
      message: `Gen 1 habit: Gen 2 adds no "${legacy}" prefix by itself, and this storage defines no path under "${legacy}".`,
    });
  }
  return notes;
}

/**
 * The IAM role a person's request goes through and the identity id IAM sees: a guest has none
 * here (the simulator asks about objects, not about the guest's own id), the owner is the
 * authenticated role with the identity id given.
 */
export function requestRole(
  person: Person,
  identityId: string,
): { role: RoleKey; identityId?: string } {
  if (person === 'guest') return { role: 'guest' };
  const id = identityId.trim();
  return { role: person === 'owner' ? 'authenticated' : person, ...(id ? { identityId: id } : {}) };
}

/** IAM's verdict on one person's request (through the compiled policies), with notes on its key. */
export function simulateRequest(model: AccessModel, request: PersonRequest): Simulation {
  const decision = decide(model.index, model.storage, {
    ...requestRole(request.person, request.identityId),
    action: request.action,
    key: request.key,
  });
  return {
    decision,
    notes: keyNotes(
      request.key,
      model.storage.paths.map((p) => p.path),
    ),
  };
}
