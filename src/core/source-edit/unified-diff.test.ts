import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';
import { splitLines, unifiedDiff } from './unified-diff';

/** Applies a unified diff to `before` (the reader's side of the format). */
function applyPatch(before: string, patch: string): string {
  const old = splitLines(before);
  const out: string[] = [];
  let at = 0;
  const lines = patch.split('\n').slice(2, -1);
  for (const line of lines) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
      while (at < start) out.push(old[at++]!);
      continue;
    }
    if (line.startsWith('\\')) continue;
    if (line[0] === ' ') {
      expect(old[at]).toBe(line.slice(1));
      out.push(old[at++]!);
    } else if (line[0] === '-') {
      expect(old[at]).toBe(line.slice(1));
      at++;
    } else out.push(line.slice(1));
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('\n');
}

const linesArb = fc.array(fc.constantFrom('a', 'b', 'c', '// note', ''), { maxLength: 30 });

describe('line diff and unified diff', () => {
  it('the edit script turns the old lines into the new ones and is no longer than LCS allows', () => {
    fc.assert(
      fc.property(linesArb, linesArb, (a, b) => {
        const script = diffLines(a, b);
        expect(script.filter((l) => l.kind !== 'add').map((l) => l.text)).toEqual(a);
        expect(script.filter((l) => l.kind !== 'remove').map((l) => l.text)).toEqual(b);
        // Minimal: the kept lines are a longest common subsequence.
        const m = a.length;
        const n = b.length;
        const t = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
        for (let i = m - 1; i >= 0; i--)
          for (let j = n - 1; j >= 0; j--)
            t[i]![j] =
              a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
        expect(script.filter((l) => l.kind === 'keep')).toHaveLength(t[0]![0]!);
      }),
      { numRuns: 300 },
    );
  });

  it('a unified diff applies back to the new text', () => {
    fc.assert(
      fc.property(linesArb, linesArb, (a, b) => {
        const before = a.map((l) => `${l}\n`).join('');
        const after = b.map((l) => `${l}\n`).join('');
        const patch = unifiedDiff(before, after);
        if (before === after) expect(patch).toBe('');
        else expect(applyPatch(before, patch)).toBe(b.join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('prints what diff -u prints for a one-line change', () => {
    const before = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n';
    const after = before.replace('five', 'FIVE');
    expect(unifiedDiff(before, after, 'a/resource.ts', 'b/resource.ts')).toBe(
      [
        '--- a/resource.ts',
        '+++ b/resource.ts',
        '@@ -2,7 +2,7 @@',
        ' two',
        ' three',
        ' four',
        '-five',
        '+FIVE',
        ' six',
        ' seven',
        ' eight',
        '',
      ].join('\n'),
    );
  });

  it('CRLF endings do not make lines differ; a missing final newline is marked', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\r\nc\r\n')).toBe(
      '--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n',
    );
    expect(unifiedDiff('a', 'b')).toBe(
      '--- a\n+++ b\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n',
    );
  });
});
