import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { amiFamilyVersion as rule } from './ami-family-version.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';

describe(rule.id, () => {
  it('flags Ubuntu 24.04 on Kubernetes 1.30', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc(), { version: '1.30' }), { amiFamily: 'Ubuntu2404' });
    const [finding, ...rest] = runRule(rule, b.build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      partIds: [ng.id],
      configPath: 'managedNodeGroups[0].amiFamily',
      params: { nodeGroup: ng.name, amiFamily: 'Ubuntu2404', versions: '>= 1.31', version: '1.30' },
    });
    expect(finding!.params!['eksctlMessage']).toBe('Ubuntu2404 requires EKS version greater or equal than 1.31');
  });

  it('reads families only an import carries (Ubuntu 26.04 before 1.35, Ubuntu 20.04 after 1.29)', () => {
    const yaml = 'managedNodeGroups:\n  - name: a\n    amiFamily: Ubuntu2604\n  - name: b\n    amiFamily: Ubuntu2004\n';
    expect(runOnYaml(rule, yaml.replace('"1.35"', '"1.35"')).map((f) => f.params?.['amiFamily'])).toEqual(['Ubuntu2004']);
  });

  it('passes Ubuntu 24.04 on 1.31, AL2023 on any version, and a custom AMI', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.managedNodeGroup(b.cluster(vpc, { version: '1.31' }, 'a'), { amiFamily: 'Ubuntu2404' });
    b.managedNodeGroup(b.cluster(vpc, { version: '1.28' }, 'b'));
    b.managedNodeGroup(b.cluster(vpc, { version: '1.28' }, 'c'), {
      amiFamily: 'Ubuntu2404',
      extra: { ami: 'ami-0123456789abcdef0', overrideBootstrapCommand: '#!/bin/bash' },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
