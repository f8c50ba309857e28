import { DESIGN_FILE_FORMAT, DESIGN_FILE_VERSION, type Design } from '../../core';
import type { ResourceSource } from '../types';
import { cachedJson, objectText } from './cached-json';
import {
  SESSION_VERSION,
  type SavedSource,
  type SessionData,
  type SessionEnvelope,
} from './envelope';

/**
 * The envelope of a session at a revision (what `savedText` writes; the design file values are
 * the objects `serializeDesignFile` writes). `version` and `revision` come first, where
 * `peekSaved` reads them without parsing the rest.
 */
export function sessionEnvelope(data: SessionData, revision: number, now = new Date()) {
  const envelope: SessionEnvelope = {
    version: SESSION_VERSION,
    revision,
    savedAt: now.toISOString(),
    designFile: designFileOf(data.design),
    view: viewOf(data),
    // Written only when there is one: a design not read from resource.ts costs nothing more.
    ...(data.source && {
      source: {
        ...savedSource(data.source),
        ...(data.source.imported && { imported: savedSource(data.source.imported) }),
      },
    }),
  };
  return envelope;
}

/**
 * `JSON.stringify(sessionEnvelope(data, revision, now))`, compact, assembled from texts kept by
 * reference (cached-json): after an edit only the edited path's objects are written again, and
 * the resource.ts part (text and designs, several times the design's size) not at all until it
 * changes. A property test holds it to JSON.stringify byte for byte.
 */
export function savedText(data: SessionData, revision: number, now = new Date()): string {
  return objectText([
    ['version', JSON.stringify(SESSION_VERSION)],
    ['revision', JSON.stringify(revision)],
    ['savedAt', JSON.stringify(now.toISOString())],
    ['designFile', designFileText(data.design)],
    // The view is small: written whole each time, nothing of it kept.
    ['view', cachedJson(viewOf(data), 0, 'view')],
    ['source', data.source ? sourceText(data.source) : undefined],
  ]);
}

/** Levels of a design walked by cachedJson: design, storages, a storage, its paths; each path is kept whole. */
const DESIGN_DEPTH = 4;

/** A design file value as compact JSON text, from the kept texts of its unchanged parts. */
export const designFileText = (design: Design) =>
  objectText([
    ['format', JSON.stringify(DESIGN_FILE_FORMAT)],
    ['version', JSON.stringify(DESIGN_FILE_VERSION)],
    ['design', cachedJson(design, DESIGN_DEPTH, 'design')],
  ]);

/** The saved resource.ts part by the store's (immutable) source object. */
const sourceTexts = new WeakMap<ResourceSource, string>();
function sourceText(source: ResourceSource): string {
  let text = sourceTexts.get(source);
  if (text === undefined) {
    const { imported } = source;
    text = objectText([
      ...savedSourceMembers(source),
      ['imported', imported ? objectText(savedSourceMembers(imported)) : undefined],
    ]);
    sourceTexts.set(source, text);
  }
  return text;
}

const savedSourceMembers = ({ text, design }: { text: string; design: Design }) =>
  [
    ['text', cachedJson(text, 0, 'text')],
    ['designFile', designFileText(design)],
  ] as const;

const viewOf = (data: SessionData) => ({
  storageIndex: data.storageIndex,
  bucket: data.bucket,
  theme: data.theme,
  simulator: data.simulator,
});

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
