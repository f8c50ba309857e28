import { DESIGN_FILE_FORMAT, DESIGN_FILE_VERSION, type Design } from '../../core';
import {
  SESSION_VERSION,
  type SavedSource,
  type SessionData,
  type SessionEnvelope,
} from './envelope';

/**
 * The envelope text for a session at a revision. The design file value is the very object
 * `serializeDesignFile` writes, stringified once and compactly: parsing its pretty text back to
 * embed it cost three passes over a 2,000-path design on every autosave. `version` and
 * `revision` come first, where `peekSaved` reads them without parsing the rest.
 */
export function savedText(data: SessionData, revision: number, now = new Date()): string {
  const envelope: SessionEnvelope = {
    version: SESSION_VERSION,
    revision,
    savedAt: now.toISOString(),
    designFile: designFileOf(data.design),
    view: {
      storageIndex: data.storageIndex,
      bucket: data.bucket,
      theme: data.theme,
      simulator: data.simulator,
    },
    // Written only when there is one: a design not read from resource.ts costs nothing more.
    ...(data.source && {
      source: {
        ...savedSource(data.source),
        ...(data.source.imported && { imported: savedSource(data.source.imported) }),
      },
    }),
  };
  return JSON.stringify(envelope);
}

const savedSource = ({ text, design }: { text: string; design: Design }): SavedSource => ({
  text,
  designFile: designFileOf(design),
});

const designFileOf = (design: Design) => ({
  format: DESIGN_FILE_FORMAT,
  version: DESIGN_FILE_VERSION,
  design,
});

/** Picks the saved part out of the store's state (same references, so comparisons stay cheap). */
export const sessionDataOf = (s: SessionData): SessionData => ({
  design: s.design,
  storageIndex: s.storageIndex,
  bucket: s.bucket,
  theme: s.theme,
  simulator: s.simulator,
  source: s.source,
});

/** Whether anything a reload restores differs between two states. */
export const sessionChanged = (a: SessionData, b: SessionData) =>
  a.design !== b.design ||
  a.storageIndex !== b.storageIndex ||
  a.bucket !== b.bucket ||
  a.theme !== b.theme ||
  a.simulator !== b.simulator ||
  a.source !== b.source;
