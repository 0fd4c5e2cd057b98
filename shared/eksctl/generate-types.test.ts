import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_PATH, generateTypesSource } from './generate-types.js';

describe('generated ClusterConfig types', () => {
  it('are up to date with schema.json (run npm run generate:eksctl-types if not)', async () => {
    const committed = readFileSync(new URL(`../../${GENERATED_TYPES_PATH}`, import.meta.url), 'utf8');
    expect(committed === (await generateTypesSource())).toBe(true);
  });

  it('name the root type and carry the sections the rules read', () => {
    const text = readFileSync(new URL(`../../${GENERATED_TYPES_PATH}`, import.meta.url), 'utf8');
    for (const name of ['EksctlClusterConfig', 'ManagedNodeGroup', 'NodeGroup', 'PrivateCluster', 'AutoModeConfig', 'Karpenter'])
      expect(text).toContain(`export interface ${name} {`);
  });
});
