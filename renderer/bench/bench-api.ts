/**
 * What the bench-only entry (bench-main.tsx) puts on `window` for the benchmark (bench/browser.ts) to call
 * from Playwright: one declaration both sides compile against.
 */
export interface BenchApi {
  /** Opens a design text as File > Open does; false when it was refused. */
  load(text: string): Promise<boolean>;
  /** Where part `id` is on screen (CSS px). */
  partOnScreen(id: string): { x: number; y: number; width: number; height: number } | null;
  /** Its position in the design, as JSON. */
  partPosition(id: string): string;
}

declare global {
  interface Window {
    __eksSandboxBench?: BenchApi;
  }
}
