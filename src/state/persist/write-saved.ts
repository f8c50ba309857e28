import { serializeDesignFile } from '../../core';
import { SESSION_VERSION, type SessionData, type SessionEnvelope } from './envelope';

/** The envelope text for a session at a revision. */
export function savedText(data: SessionData, revision: number, now = new Date()): string {
  const envelope: SessionEnvelope = {
    version: SESSION_VERSION,
    revision,
    savedAt: now.toISOString(),
    designFile: JSON.parse(serializeDesignFile(data.design)),
    view: {
      storageIndex: data.storageIndex,
      bucket: data.bucket,
      theme: data.theme,
      simulator: data.simulator,
    },
  };
  return JSON.stringify(envelope);
}

/** Picks the saved part out of the store's state (same references, so comparisons stay cheap). */
export const sessionDataOf = (s: SessionData): SessionData => ({
  design: s.design,
  storageIndex: s.storageIndex,
  bucket: s.bucket,
  theme: s.theme,
  simulator: s.simulator,
});

/** Whether anything a reload restores differs between two states. */
export const sessionChanged = (a: SessionData, b: SessionData) =>
  a.design !== b.design ||
  a.storageIndex !== b.storageIndex ||
  a.bucket !== b.bucket ||
  a.theme !== b.theme ||
  a.simulator !== b.simulator;
