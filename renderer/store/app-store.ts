/**
 * The application state outside React: the editor (design, selection, history), which file is open,
 * what was last saved, the rule diagnostics and a message banner. React reads it through
 * useSyncExternalStore; rules run after committed edits only, never on drag frames.
 */
import { useSyncExternalStore } from 'react';
import { Editor } from '../../shared/editor/editor.js';
import type { Clip } from '../../shared/editor/clipboard.js';
import type { Design } from '../../shared/model/design.js';
import { checkDesign, defaultRuleContext } from '../../shared/rules/engine.js';
import { computeCost, type CostSettings, type CostView } from './cost-state.js';
import type { Diagnostic } from '../../shared/rules/types.js';
import type { FileRef } from '../platform/types.js';

export type Screen = 'start' | 'editor';
export interface Banner {
  kind: 'error' | 'info';
  text: string;
  /** A way out offered next to the message (e.g. Save as after a conflict). */
  action?: { labelKey: string; run: () => void };
}

export interface AppState {
  screen: Screen;
  design: Design;
  selection: readonly string[];
  canUndo: boolean;
  canRedo: boolean;
  file: FileRef | null;
  dirty: boolean;
  diagnostics: readonly Diagnostic[];
  /** Findings the design's suppressions accepted (each with its `suppression`), shown in their own group. */
  suppressed: readonly Diagnostic[];
  banner: Banner | null;
  /**
   * Part to centre the view on (set by the problems panel), with a counter so repeats still fire: the canvas
   * centres once per `seq`, never again for the same request.
   */
  focus: { ids: readonly string[]; seq: number } | null;
  /**
   * The other parts of the finding last shown from the problems panel (rule `ruleId`), outlined on the
   * canvas while the finding's first part (`anchor`) is the selection and the finding is still there.
   */
  highlight: { ruleId: string; anchor: string; ids: readonly string[] } | null;
  /** Bumped when a new document is shown, so the canvas fits it into view once. */
  fitRequest: number;
  /** The cost estimate of the last committed design, and what the last committed edit changed. */
  cost: CostView;
  /** The region and assumptions the user chose for the estimate. */
  costSettings: CostSettings;
}

export const EMPTY_DESIGN: Design = { name: 'untitled', description: '', parts: [], connections: [] };

/** Designs above this size are validated after a short pause, so typing stays smooth. */
const VALIDATE_AFTER_PAUSE_ABOVE = 200;

export class AppStore {
  readonly editor = new Editor(EMPTY_DESIGN);
  clip: Clip | null = null;
  private state: AppState;
  private saved: Design = EMPTY_DESIGN;
  private validatedRevision = -1;
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private validateFrame = 0;
  private validateFallback: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor() {
    const costSettings: CostSettings = { region: null, assumptions: {} };
    const cost = computeCost(EMPTY_DESIGN, costSettings, null, defaultRuleContext().today);
    this.state = this.build({
      screen: 'start',
      file: null,
      diagnostics: [],
      suppressed: [],
      banner: null,
      focus: null,
      highlight: null,
      fitRequest: 0,
      cost,
      costSettings,
    });
    this.editor.subscribe(() => this.refresh());
  }

  getState = (): AppState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens a design in the editor, as saved (not dirty) when it came from `file`, dirty otherwise. */
  openDesign(design: Design, file: FileRef | null, asSaved: boolean): void {
    this.saved = asSaved ? design : EMPTY_DESIGN;
    // Another document: no "change caused by the last edit", and the region follows its cluster again.
    const costSettings: CostSettings = { region: null, assumptions: this.state.costSettings.assumptions };
    const cost = { ...this.state.cost, change: null, estimate: null };
    this.set({
      file,
      screen: 'editor',
      banner: null,
      highlight: null,
      fitRequest: this.state.fitRequest + 1,
      costSettings,
      cost,
    });
    this.editor.load(design);
  }

  /** The design as last saved or opened (an empty design for a new one): what "Compare with last save" uses. */
  lastSaved(): Design {
    return this.saved;
  }

  markSaved(file: FileRef): void {
    this.saved = this.editor.design;
    this.set({ file });
  }

  showStart(): void {
    this.set({ screen: 'start' });
  }

  /** Back from the start screen to the design that stayed open behind it. */
  showEditor(): void {
    this.set({ screen: 'editor' });
  }

  setBanner(banner: Banner | null): void {
    this.set({ banner });
  }

  /**
   * Shows a finding (of rule `ruleId`) or a part: selects and centres its first part only (so the inspector
   * shows that part) and highlights the finding's others.
   */
  focusFinding(partIds: readonly string[], ruleId?: string): void {
    const [anchor, ...others] = partIds;
    if (anchor === undefined) return;
    this.editor.select([anchor]);
    this.set({
      focus: { ids: [anchor], seq: (this.state.focus?.seq ?? 0) + 1 },
      highlight: ruleId === undefined || others.length === 0 ? null : { ruleId, anchor, ids: others },
    });
  }

  /** Changes the estimate's region or assumptions; the estimate is redone, with no "last edit" change. */
  setCostSettings(patch: Partial<CostSettings>): void {
    const costSettings = { ...this.state.costSettings, ...patch };
    this.set({ costSettings, cost: computeCost(this.editor.design, costSettings, null, defaultRuleContext().today) });
  }

  private set(patch: Partial<AppState>): void {
    // Rebuilt, not merged, so derived fields (dirty) follow e.g. a save.
    this.state = this.build({ ...this.state, ...patch });
    this.emit();
  }

  private refresh(): void {
    this.state = this.build(this.state);
    this.scheduleValidation();
    this.emit();
  }

  private build(
    base: Pick<
      AppState,
      'screen' | 'file' | 'diagnostics' | 'suppressed' | 'banner' | 'focus' | 'highlight' | 'fitRequest' | 'cost' | 'costSettings'
    >,
  ): AppState {
    const e = this.editor;
    return {
      cost: base.cost,
      costSettings: base.costSettings,
      fitRequest: base.fitRequest,
      screen: base.screen,
      file: base.file,
      diagnostics: base.diagnostics,
      suppressed: base.suppressed,
      banner: base.banner,
      focus: base.focus,
      highlight: base.highlight,
      design: e.design,
      selection: e.selection,
      canUndo: e.canUndo,
      canRedo: e.canRedo,
      dirty: e.design !== this.saved,
    };
  }

  private scheduleValidation(): void {
    if (this.editor.inTransaction || this.editor.revision === this.validatedRevision) return;
    clearTimeout(this.validateTimer);
    clearTimeout(this.validateFallback);
    // Only a big design ever asked for a frame (and tests run this store in Node, which has no frames).
    if (this.validateFrame !== 0) cancelAnimationFrame(this.validateFrame);
    this.validateFrame = 0;
    const run = () => {
      if (this.editor.revision === this.validatedRevision) return;
      this.validatedRevision = this.editor.revision;
      const ctx = defaultRuleContext();
      const { active: diagnostics, suppressed } = checkDesign(this.editor.design, ctx);
      const { costSettings } = this.state;
      const cost = computeCost(this.editor.design, costSettings, this.state.cost.estimate, ctx.today);
      this.set({ diagnostics, suppressed, cost, highlight: stillFound(this.state.highlight, diagnostics) });
    };
    if (this.editor.design.parts.length <= VALIDATE_AFTER_PAUSE_ABOVE) return run();
    // Counted from the next frame, so a big design that was just opened is drawn before it is checked; a
    // hidden window draws no frames, hence the fallback.
    const start = () => {
      if (this.validateFrame !== 0) cancelAnimationFrame(this.validateFrame);
      this.validateFrame = 0;
      clearTimeout(this.validateFallback);
      clearTimeout(this.validateTimer);
      this.validateTimer = setTimeout(run, 150);
    };
    if (typeof requestAnimationFrame === 'function') this.validateFrame = requestAnimationFrame(start);
    this.validateFallback = setTimeout(start, 1000);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

export const store = new AppStore();

export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/**
 * A finding's outline lasts while that finding does: the same rule, first part and other parts. Another rule's
 * finding on the same parts does not keep it (it would come back whenever the first part is selected again).
 */
export function stillFound(highlight: AppState['highlight'], diagnostics: readonly Diagnostic[]): AppState['highlight'] {
  if (!highlight) return null;
  const found = diagnostics.some(
    (d) =>
      d.ruleId === highlight.ruleId && d.partIds[0] === highlight.anchor && highlight.ids.every((id) => d.partIds.includes(id)),
  );
  return found ? highlight : null;
}
