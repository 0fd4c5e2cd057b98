// Types of cli-bundle.mjs for the TypeScript that builds and tests the bundle.
import type { Script } from 'node:vm';

export interface BundlePaths {
  bundle: string;
  cache: string;
  inputs: string;
}
export type BundleCheck = { fresh: true; paths: BundlePaths } | { fresh: false; reason: string };

export const BUNDLE_DIR: readonly string[];
export const BUNDLE_FILE: string;
export const CACHE_FILE: string;
export const INPUTS_FILE: string;
export function bundlePaths(root: string): BundlePaths;
export function checkBundle(root: string): BundleCheck;
export function loadBundle(
  paths: BundlePaths,
  options?: { useCache?: boolean },
): { exports: { runCli: (argv: readonly string[], io: unknown) => Promise<number> }; script: Script };
