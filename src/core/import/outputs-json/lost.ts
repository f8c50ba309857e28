import { ENTITY_TOKEN } from '../../paths/tokens';
import { UNKNOWN_FUNCTION, type RebuildFacts } from './rebuild-paths';

/** The storage name used when the file lists no buckets (older outputs): it does not say the name. */
export const UNNAMED_STORAGE = 'myProjectFiles';

/**
 * What an amplify_outputs.json cannot tell, phrased for the person importing it. The first notes
 * hold for every file (Amplify never writes those things); the others only when this file shows
 * the ambiguity.
 */
export function lostNotes(
  facts: readonly RebuildFacts[],
  file: { listsBuckets: boolean; authGroups: boolean },
): string[] {
  const notes = [
    'Function access (allow.resource) and triggers are not written to amplify_outputs.json, so the functions and triggers the design had are not imported.',
    'Paths with no rules, and the options versioned and keepOnDelete, are not written to amplify_outputs.json.',
  ];
  if (!file.listsBuckets)
    notes.push(
      `The file lists no buckets (an older format): the storage's name and its access rules are not in it; the storage was named ${JSON.stringify(UNNAMED_STORAGE)}.`,
    );
  if (!file.authGroups)
    notes.push(
      "Groups are declared in the order the rules first name them: defineAuth's order (the groups' precedence) and groups no rule names are not in the storage outputs.",
    );
  if (facts.some((f) => f.readFromGetList))
    notes.push(
      'Amplify writes `read` as get + list: a get directly followed by list was imported as `read` (the same access), though it may have been written as get and list.',
    );
  if (facts.some((f) => f.splitGroups))
    notes.push(
      "One rule naming several groups (allow.groups(['a', 'b'])) is written once per group: imported as one rule per group (the same access).",
    );
  for (const path of facts.flatMap((f) => f.merged)) {
    notes.push(
      `The rules of ${JSON.stringify(path)} come from two entries (the owner's and the shared one); the order they were written in is not known.`,
    );
  }
  for (const prefix of facts.flatMap((f) => f.empty)) {
    notes.push(
      `${JSON.stringify(prefix)} has no access keys: Amplify writes that for a path whose rules are all allow.resource (or allow.groups([])). It was imported with allow.resource(${UNKNOWN_FUNCTION}).to(['get']) so that it still exists and still takes its parent's access away from other roles: put your function and its actions there (or, if it was an allow.groups([]) that grants nothing, delete the rule).`,
    );
  }
  for (const prefix of facts.flatMap((f) => f.grantsNothing)) {
    notes.push(
      `${JSON.stringify(prefix)} has only rules that grant nothing (empty action lists). Had it function rules too, they made it a subpath that takes its parent's access away from other roles; that cannot be told from the file, and it was imported without them.`,
    );
  }
  for (const prefix of facts.flatMap((f) => f.asOwnerFolder)) {
    notes.push(
      `${JSON.stringify(prefix)} was imported as ${JSON.stringify(`${prefix.slice(0, -1)}${ENTITY_TOKEN}/*`)} (Amplify writes non-owner rules there the same way): as the path ${JSON.stringify(prefix)} it would make the paths under it nest too deep.`,
    );
  }
  if (facts.some((f) => f.maybeCut)) {
    notes.push(
      "Amplify writes non-owner rules on 'x/{entity_id}/*' under 'x/*'; with no owner rule beside it such an entry is imported as the path 'x/*' (the same access).",
    );
  }
  return notes;
}
