import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { releaseVersionMinor, releaseVersionMinorRule as rule } from './release-version.js';

describe(rule.id, () => {
  it('reads the Kubernetes minor of Amazon Linux and Windows release versions, not of Bottlerocket ones', () => {
    expect(releaseVersionMinor('1.34.2-20251112', '')).toBe('1.34');
    expect(releaseVersionMinor('1.35.0-20260115', 'AmazonLinux2023')).toBe('1.35');
    expect(releaseVersionMinor('1.35-2026.04.18', 'WindowsServer2025CoreContainer')).toBe('1.35');
    expect(releaseVersionMinor('1.50.0-1a2b3c4d', 'Bottlerocket')).toBeUndefined();
  });

  it('flags a managed group on another minor than the cluster (1.35) and passes one on 1.35', () => {
    const yaml =
      'managedNodeGroups:\n  - name: old\n    releaseVersion: "1.34.2-20251112"\n' +
      '  - name: current\n    releaseVersion: "1.35.0-20260115"\n' +
      '  - name: br\n    amiFamily: Bottlerocket\n    releaseVersion: "1.50.0-1a2b3c4d"\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['releaseMinor']])).toEqual([
      ['managedNodeGroups[0].releaseVersion', '1.34'],
    ]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('flags a managed group on a newer minor than the control plane (kubelet newer than the API server)', () => {
    const yaml = 'managedNodeGroups:\n  - name: ahead\n    releaseVersion: "1.36.0-20261201"\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['releaseMinor'], f.params?.['version']])).toEqual([
      ['managedNodeGroups[0].releaseVersion', '1.36', '1.35'],
    ]);
  });
});
