/**
 * Karpenter is compute: a cluster whose only drawn compute is a Fargate profile for Karpenter's controller
 * runs its add-ons, controllers and workloads on the nodes Karpenter launches. Such a design used to get
 * three false errors and could not be exported.
 */
import { describe, expect, it } from 'vitest';
import { exportEksctlYaml } from '../export/index.js';
import { validateDesign } from './engine.js';
import { DesignBuilder, TEST_CONTEXT } from './test-support/builder.js';

function karpenterOnFargate() {
  const b = new DesignBuilder('karpenter on fargate');
  const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'HighlyAvailable' });
  for (const [i, az] of ['us-east-1a', 'us-east-1b', 'us-east-1c'].entries()) {
    b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public');
    b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private');
  }
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    version: '1.35',
    logging: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24'] },
    controllerIdentity: 'pod-identity',
    addons: {
      metricsServer: true,
      podIdentityAgent: true,
      ebsCsiDriver: true,
      awsLoadBalancerController: true,
      nodeAutoscaler: 'karpenter',
    },
  });
  b.fargateProfile(cluster, { selectors: [{ namespace: 'karpenter' }] });
  b.workload(cluster, { replicas: 3, cpuMillicores: 250, memoryMiB: 256, namespace: 'shop' });
  return b.build();
}

describe('Karpenter counted as compute', () => {
  it('a Fargate profile for Karpenter plus Karpenter nodes: no errors, and the export is not refused', () => {
    const design = karpenterOnFargate();
    const errors = validateDesign(design, TEST_CONTEXT).filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.ruleId)).toEqual([]);
    const { config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT });
    expect(config.karpenter).toBeDefined();
    expect(config.accessConfig?.authenticationMode).toBe('API_AND_CONFIG_MAP');
    expect(config.managedNodeGroups).toBeUndefined();
  });
});
