import { looksLikeDesignFile, parseDesignFile, type Design } from '../../core';

export type OpenResult = { ok: true; design: Design; note?: string } | { ok: false; error: string };

/**
 * Reads a design file (the app's own JSON) or an amplify/storage/resource.ts. The resource.ts
 * reader (Babel's parser) is a lazy chunk: only people who open a .ts file download it.
 */
export async function openText(text: string): Promise<OpenResult> {
  if (looksLikeDesignFile(text)) {
    const parsed = parseDesignFile(text);
    return parsed.ok ? { ok: true, design: parsed.design } : { ok: false, error: parsed.error };
  }
  const { importResourceTs } = await import('../../core/import');
  const imported = importResourceTs(text);
  const errors = imported.problems.filter((p) => p.severity === 'error');
  if (!imported.design)
    return { ok: false, error: errors[0]?.message ?? 'No defineStorage found in this file.' };
  const first = imported.problems[0];
  const note = first
    ? `${imported.problems.length} import ${imported.problems.length === 1 ? 'note' : 'notes'}, first at line ${first.loc.line}: ${first.message}`
    : undefined;
  return { ok: true, design: imported.design, ...(note ? { note } : {}) };
}
