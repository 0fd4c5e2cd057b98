import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { autoModeConfig as rule } from './auto-mode-config.js';

const role = 'arn:aws:iam::111122223333:role/auto-nodes';
const boundary = 'arn:aws:iam::111122223333:policy/boundary';
const off = { addons: { vpcCni: false, coreDns: false, kubeProxy: false } };

describe(rule.id, () => {
  it.each([
    [
      { enabled: true, nodePools: [], nodeRoleARN: role },
      'autoModeConfig.nodeRoleARN',
      'cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty',
    ],
    [
      { enabled: true, nodePools: ['system'], nodeRoleARN: role, permissionsBoundaryARN: boundary },
      'autoModeConfig.permissionsBoundaryARN',
      'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set',
    ],
    [{ enabled: true, nodePools: ['system', 'system'] }, 'autoModeConfig.nodePools', 'found duplicate node pool: "system"'],
    [{ enabled: true, nodePools: ['gpu'] }, 'autoModeConfig.nodePools', 'invalid NodePool "gpu"'],
    [
      { enabled: false, nodePools: ['system'] },
      'autoModeConfig.enabled',
      'cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled',
    ],
  ])('flags %j', (autoModeConfig, path, problem) => {
    expect(problemsFor(rule, { autoModeConfig }, off)).toEqual([[path, problem]]);
  });

  it("passes eksctl's documented shapes and the baseline", () => {
    for (const autoModeConfig of [
      { enabled: true },
      { enabled: true, nodePools: ['general-purpose', 'system'], nodeRoleARN: role },
      { enabled: true, nodePools: [] },
      { enabled: false },
    ])
      expect(problemsFor(rule, { autoModeConfig }, off)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
