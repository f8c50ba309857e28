/**
 * Main-thread JavaScript CPU time between two marks of a Chrome trace (categories
 * devtools.timeline, v8, blink.user_timing). Chrome records each slice's thread time (`tdur`), so
 * the sum does not grow when another process holds the core. JavaScript = the outermost V8
 * execution slices, minus style and layout forced from inside them (that is rendering work,
 * counted apart as in DevTools).
 */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

const JS = new Set([
  'v8.callFunction',
  'v8.run',
  'v8.evaluateModule',
  'v8.compile',
  'V8.ParseFunction',
  'RunMicrotasks',
]);
const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint']);

interface Slice {
  readonly start: number;
  readonly end: number;
  /** Thread time of the JavaScript in it (µs). */
  readonly cpu: number;
}

/** A top-level task of the main thread (one turn of its event loop), in trace µs. */
interface Task {
  readonly start: number;
  readonly end: number;
  /** Its thread time (µs): what it cost the core, however busy the machine. */
  readonly cpu: number;
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export class MainThreadTrace {
  private readonly slices: Slice[] = [];
  private readonly tasks: Task[] = [];
  private readonly marks = new Map<string, number>();

  constructor(events: readonly TraceEvent[]) {
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    if (!main) throw new Error('trace: no renderer main thread');
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    for (const e of mine)
      if (e.cat.includes('blink.user_timing') && e.ph !== 'X') this.marks.set(e.name, e.ts);
    const complete = mine
      .filter((e) => e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Top-level tasks (category `toplevel`): the outermost task slices.
    let lastEnd = -1;
    for (const e of complete) {
      if (!TASK.has(e.name) || e.ts < lastEnd) continue;
      lastEnd = e.ts + e.dur!;
      this.tasks.push({ start: e.ts, end: lastEnd, cpu: e.tdur ?? e.dur! });
    }
    // Outermost JS slices, each with the rendering slices nested in it subtracted.
    let open: { start: number; end: number; cpu: number } | undefined;
    for (const e of complete) {
      const end = e.ts + e.dur!;
      if (open && e.ts >= open.end) {
        this.slices.push(open);
        open = undefined;
      }
      if (!open) {
        if (JS.has(e.name)) open = { start: e.ts, end, cpu: e.tdur ?? e.dur! };
      } else if (RENDERING.has(e.name)) open.cpu -= e.tdur ?? e.dur!;
    }
    if (open) this.slices.push(open);
  }

  /** Thread-time ms of each top-level task running between `from` and `to` (trace µs). */
  taskCpuMs(from: number, to: number): number[] {
    return this.tasks.filter((t) => t.end > from && t.start < to).map((t) => t.cpu / 1000);
  }

  mark(name: string): number | undefined {
    return this.marks.get(name);
  }

  /**
   * JavaScript CPU ms from `from` to `to` (trace µs): a slice running at `from` counts whole (the
   * handler that set the mark started before it), a slice cut by `to` counts pro rata.
   */
  scriptMs(from: number, to: number): number {
    let cpu = 0;
    for (const s of this.slices) {
      if (s.end <= from) continue;
      if (s.start >= to) break;
      const wall = s.end - s.start;
      cpu += wall > 0 ? (s.cpu * (Math.min(s.end, to) - s.start)) / wall : s.cpu;
    }
    return Math.max(0, cpu) / 1000;
  }
}
