/**
 * Controllers that work on Fargate only because of how the bundle installs them: the rule catalog's
 * fargate.lbc-needs-region-vpc and fargate.metrics-server-port are not rules, because the bundle guarantees
 * them. These tests fail if it stopped.
 * - The AWS Load Balancer Controller reads its Region and VPC id from instance metadata unless Helm values
 *   give them, and Fargate pods (like pods on hybrid nodes or behind IMDSv2's hop limit) have no instance
 *   metadata: the bundle always sets `region` and `vpcId`.
 * - Metrics Server's upstream manifest listens on port 10250, which Fargate reserves for the kubelet; the EKS
 *   add-on is preconfigured to use 10251 (https://docs.aws.amazon.com/eks/latest/userguide/metrics-server.html),
 *   and that add-on is the only way the export installs it.
 */
import { describe, expect, it } from 'vitest';
import { exportEksctlYaml } from '../export/export-yaml.js';
import type { Design } from '../model/design.js';
import { DesignBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { deploymentBundle } from './deployment-bundle.js';

/** A cluster whose pods all run on Fargate, with an HPA (so Metrics Server) and an ALB (so the controller). */
function fargateOnlyDesign(): Design {
  const b = new DesignBuilder('fargate only');
  const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'HighlyAvailable' });
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
    b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public');
    b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private');
  }
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    controllerIdentity: 'irsa',
    addons: { metricsServer: true, awsLoadBalancerController: true },
  });
  const profile = b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system' }, { namespace: 'default' }] });
  const web = b.workload(profile, { hpa: { minReplicas: 2, maxReplicas: 6, targetCpuPercent: 70 } });
  b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } }), web);
  return b.build();
}

describe('controllers of a Fargate-only cluster', () => {
  const design = fargateOnlyDesign();
  const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
  const { plan, files } = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
  const deployScript = files.find((f) => f.path === 'deploy.sh')!.content;

  it('installs the AWS Load Balancer Controller with its Region and VPC id, never from instance metadata', () => {
    const lbc = plan.controllers.find((c) => c.id === 'aws-load-balancer-controller')!;
    expect((lbc.values as { region?: string }).region).toBe('us-east-1');
    expect(lbc.valuesFromCluster).toContainEqual(expect.objectContaining({ key: 'vpcId' }));
    expect(deployScript).toMatch(/--query cluster\.resourcesVpcConfig\.vpcId/);
    expect(deployScript).toMatch(/--set vpcId="\$VPC_ID"/);
  });

  it('installs Metrics Server as the EKS add-on (port 10251), with nothing that changes its port', () => {
    expect(config.addons?.find((a) => a.name === 'metrics-server')).toEqual({ name: 'metrics-server' });
    const metrics = plan.controllers.find((c) => c.id === 'metrics-server')!;
    expect(metrics.installedBy).toBe('eks-addon');
    expect(metrics.chart).toBeUndefined();
    expect(files.some((f) => f.path.includes('metrics-server'))).toBe(false);
  });
});
