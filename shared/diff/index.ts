/** Compare two designs for a change review (the `diff` command; the app's compare view). */
export {
  compareDesigns,
  type ClusterYamlDiff,
  type CompareOptions,
  type ConnectionRef,
  type CostComparison,
  type CostSide,
  type DesignComparison,
  type PartChange,
  type PartRef,
  type UnpricedSide,
} from './compare-designs.js';
export { matchParts, type PartMatch, type PartMatching } from './match-parts.js';
export { valueChanges, type PropertyChange } from './value-changes.js';
