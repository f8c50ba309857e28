import type { CodeStyle } from '../export/code-style';
import { functionUses, inlineCall, originOf } from '../export/function-refs';
import { functionIdentifiers, tsQuoted } from '../export/ts-literals';
import { inlineFunctionName, isIdentifier } from '../text/identifiers';
import type { FileSpans } from '../import/resource-ts/spans';
import type { Design } from '../model/types';
import { CannotEditInPlace } from './refusal';
import type { TextEdit } from './text-edit';
import type { SourceText } from './text';

/**
 * How new text refers to functions, decided on demand (only functions that new text names need
 * a binding): an identifier the file already binds; an import of the function's own module
 * (renaming the file's import of it when its old name is no longer used, else a new import line);
 * an inline `defineFunction({ entry })` where that is how it came and it is used once; else an
 * import from Amplify's usual place. `edits()` gives the import changes this asked for.
 */
export class FunctionBindings {
  private readonly refs = new Map<string, string>();
  private readonly renames: TextEdit[] = [];
  private readonly lines: string[] = [];
  private readonly renamed = new Set<string>();
  private addedDefineFunction = false;
  private readonly uses: Map<string, number>;
  private readonly identifiers: Map<string, string>;

  constructor(
    private readonly source: SourceText,
    private readonly spans: FileSpans,
    private readonly design: Design,
    private readonly style: CodeStyle,
  ) {
    this.uses = functionUses(design);
    this.identifiers = functionIdentifiers(this.uses.keys());
  }

  get(fn: string): string {
    let ref = this.refs.get(fn);
    if (ref === undefined) {
      ref = this.decide(fn);
      this.refs.set(fn, ref);
    }
    return ref;
  }

  private decide(fn: string): string {
    if (this.spans.topLevelNames.includes(fn) && !this.renamed.has(fn)) return fn;
    const local = this.identifiers.get(fn) ?? fn;
    const origin = originOf(this.design, fn);
    const semi = this.style.semicolon ? ';' : '';
    if (origin?.kind === 'inline') {
      if (inlineFunctionName(origin) !== fn || (this.uses.get(fn) ?? 0) > 1)
        throw new CannotEditInPlace('inline-function-shared');
      return inlineCall(origin, this.defineFunction(), this.style);
    }
    if (origin?.kind === 'import') {
      const rename = this.unusedImportOf(origin.from, origin.imported);
      if (rename) {
        this.renamed.add(rename.local);
        const imported = rename.text.split(/\s+as\s+/)[0]!;
        const text = imported === local ? local : `${imported} as ${local}`;
        this.renames.push({ start: rename.span.start, end: rename.span.end, text });
        return local;
      }
      const imported = isIdentifier(origin.imported)
        ? origin.imported
        : tsQuoted(origin.imported, this.style.quote);
      const specifier = imported === local ? local : `${imported} as ${local}`;
      this.lines.push(
        `import { ${specifier} } from ${tsQuoted(origin.from, this.style.quote)}${semi}`,
      );
      return local;
    }
    const from = tsQuoted(`../functions/${fn}/resource`, this.style.quote);
    this.lines.push(`import { ${local} } from ${from}${semi}`);
    return local;
  }

  /** The file's import of `imported` from `from` whose local name no function uses any more. */
  private unusedImportOf(from: string, imported: string) {
    for (const declaration of this.spans.imports) {
      if (declaration.from !== from || declaration.typeOnly) continue;
      for (const s of declaration.specifiers) {
        if (s.imported !== imported || this.uses.has(s.local) || this.renamed.has(s.local))
          continue;
        return { ...s, text: this.source.text.slice(s.span.start, s.span.end) };
      }
    }
    return undefined;
  }

  /**
   * The file's local name for Amplify's defineFunction. A file that does not import it yet gets
   * `defineFunction` added to its import from '@aws-amplify/backend' (after the last name there),
   * when that name is free.
   */
  private defineFunction(): string {
    for (const declaration of this.spans.imports)
      for (const s of declaration.specifiers)
        if (s.imported === 'defineFunction' && declaration.from === '@aws-amplify/backend')
          return s.local;
    if (this.addedDefineFunction) return 'defineFunction';
    const backend = this.spans.imports.find(
      (d) => d.from === '@aws-amplify/backend' && !d.typeOnly && d.specifiers.length > 0,
    );
    const taken =
      this.spans.topLevelNames.includes('defineFunction') ||
      [...this.identifiers.values()].includes('defineFunction');
    if (!backend || taken) throw new CannotEditInPlace('define-function-not-imported');
    const at = backend.specifiers.at(-1)!.span.end;
    this.renames.push({ start: at, end: at, text: ', defineFunction' });
    this.addedDefineFunction = true;
    return 'defineFunction';
  }

  /** The import renames and new import lines (after the file's last import, else at its top). */
  edits(): TextEdit[] {
    const edits = [...this.renames];
    if (this.lines.length > 0) {
      const last = this.spans.imports.at(-1);
      const { eol } = this.style;
      if (last) {
        const at = this.source.lineEnd(last.statement.end);
        edits.push({ start: at, end: at, text: `${eol}${this.lines.join(eol)}` });
      } else edits.push({ start: 0, end: 0, text: `${this.lines.join(eol)}${eol}` });
    }
    return edits;
  }
}
