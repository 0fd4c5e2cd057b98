/** Readings of `addons` that eksctl's IPv6 checks make (v1alpha5/validation.go:validateKubernetesNetworkConfig). */
import type { EksctlClusterConfig } from '../../config-view.js';

export interface AddonNames {
  /** Names lower-cased, as addonContainsManagedAddons compares them. */
  lower: Set<string>;
  /** The entry eksctl's getAddon finds for an exact name, with its index. */
  exact(name: string): { index: number; addon: Record<string, unknown> } | undefined;
}

export function addonNames(config: EksctlClusterConfig): AddonNames {
  const list: unknown = config.addons;
  const items = Array.isArray(list) ? list : [];
  const lower = new Set<string>();
  for (const item of items) {
    const name: unknown = item !== null && typeof item === 'object' ? (item as { name?: unknown }).name : undefined;
    if (typeof name === 'string') lower.add(name.toLowerCase());
  }
  return {
    lower,
    exact(name) {
      const index = items.findIndex((x) => x !== null && typeof x === 'object' && (x as { name?: unknown }).name === name);
      return index < 0 ? undefined : { index, addon: items[index] as Record<string, unknown> };
    },
  };
}
