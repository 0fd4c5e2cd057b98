import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { APP_VERSION } from '../app-info.js';
import { defineRule } from '../rules/define.js';
import { RuleRegistry } from '../rules/registry.js';
import { baselineBuilder, DesignBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { ExportError } from './errors.js';
import { ExportRefusedError } from './refused-error.js';
import { exportEksctlYaml } from './export-yaml.js';

/** No rules: the YAML tests check the writer, not whatever the rule catalog says today. */
const NO_RULES = new RuleRegistry([]);

/** A rule that flags every cluster, to test refusal without depending on the real catalog. */
const flagClusters = defineRule({
  id: 'design.test-flags-clusters',
  severity: 'error',
  area: 'design',
  source: 'https://example.com/rule',
  text: {
    en: { message: 'Cluster {{name}} is flagged by the test rule.', fix: 'Nothing to fix.' },
    ja: { message: 'テストルールがクラスター {{name}} を指摘しました。', fix: '修正は不要です。' },
  },
  check: (index) => index.ofKind('cluster').map((c) => ({ partIds: [c.id], params: { name: c.name } })),
});

const GOLDEN_BASELINE = `# baseline — exported by EKS Sandbox 0.1.0
# eksctl create cluster -f cluster.yaml

apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: demo-1
  region: us-east-1
  version: "1.35"
iam:
  podIdentityAssociations:
    - namespace: kube-system
      serviceAccountName: aws-load-balancer-controller
      wellKnownPolicies:
        awsLoadBalancerController: true
    - namespace: kube-system
      serviceAccountName: cluster-autoscaler
      wellKnownPolicies:
        autoScaler: true
accessConfig:
  authenticationMode: API
# eksctl creates this VPC and its subnets itself, one public and one private per zone of availabilityZones;
# it gives them these CIDRs (eksctl takes no subnet CIDRs for a VPC it creates):
#   us-east-1a: public 10.0.0.0/19, private 10.0.96.0/19
#   us-east-1b: public 10.0.32.0/19, private 10.0.128.0/19
#   us-east-1c: public 10.0.64.0/19, private 10.0.160.0/19
vpc:
  cidr: 10.0.0.0/16
  nat:
    gateway: HighlyAvailable
  clusterEndpoints:
    privateAccess: true
    publicAccess: true
  publicAccessCIDRs:
    # Placeholder: 203.0.113.0/24 is a documentation address range (RFC 5737); put your own CIDR here.
    - 203.0.113.0/24
addons:
  - name: vpc-cni
  - name: coredns
  - name: kube-proxy
  - name: metrics-server
  - name: eks-pod-identity-agent
managedNodeGroups:
  - name: managed-node-group-1
    amiFamily: AmazonLinux2023
    instanceType: m6i.large
    desiredCapacity: 3
    minSize: 3
    maxSize: 6
    volumeSize: 80
    privateNetworking: true
    propagateASGTags: true
    disableIMDSv1: true
availabilityZones:
  - us-east-1a
  - us-east-1b
  - us-east-1c
cloudWatch:
  clusterLogging:
    enableTypes:
      - api
      - audit
      - authenticator
      - controllerManager
      - scheduler
secretsEncryption:
  # Placeholder: 111122223333 is the AWS documentation's example account id: replace this ARN with your own.
  keyARN: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`;

describe('exportEksctlYaml', () => {
  it('writes the baseline design exactly (golden file)', () => {
    const { yaml } = exportEksctlYaml(baselineBuilder().b.build(), { ctx: TEST_CONTEXT, registry: NO_RULES });
    expect(yaml).toBe(GOLDEN_BASELINE);
    expect(
      yaml.startsWith(`# baseline — exported by EKS Sandbox ${APP_VERSION}\n# eksctl create cluster -f cluster.yaml\n`),
    ).toBe(true);
  });

  it('exports the baseline design without force under the full rule catalog', () => {
    const result = exportEksctlYaml(baselineBuilder().b.build(), { ctx: TEST_CONTEXT });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.yaml).toBe(GOLDEN_BASELINE);
  });

  it('gives the same bytes for the same design, every time', () => {
    const design = baselineBuilder().b.build();
    const first = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry: NO_RULES });
    const second = exportEksctlYaml(structuredClone(design), { ctx: TEST_CONTEXT, registry: NO_RULES });
    expect(second.yaml).toBe(first.yaml);
    expect(second.config).toEqual(first.config);
  });

  it('reads back as the same config under YAML 1.1 (eksctl) and YAML 1.2', () => {
    const b = new DesignBuilder('tricky');
    const vpc = b.vpc();
    const cluster = b.cluster(
      vpc,
      { version: '1.30', tags: { enabled: 'yes', mode: 'on', off: 'Off', octal: '0777', nothing: 'null' } },
      'n',
    );
    b.managedNodeGroup(cluster, {
      labels: { flag: 'true', short: 'y', time: '12:30' },
      taints: [{ key: 'k', value: '1e3', effect: 'NoSchedule' }],
    });
    const { yaml, config } = exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, registry: NO_RULES });
    expect(yaml).toContain('version: "1.30"');
    expect(yaml).toContain('enabled: "yes"');
    expect(yaml).toContain('name: "n"');
    for (const version of ['1.1', '1.2'] as const) {
      const doc = parseDocument(yaml, { version });
      expect(doc.errors).toEqual([]);
      expect(doc.toJS()).toEqual(config);
    }
  });

  it('keeps the header on two comment lines whatever the design name holds', () => {
    const b = new DesignBuilder('line one\nline two\t  end');
    b.cluster(b.vpc());
    const { yaml } = exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, registry: NO_RULES });
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      `# line one line two end — exported by EKS Sandbox ${APP_VERSION}`,
      '# eksctl create cluster -f cluster.yaml',
      '',
    ]);
  });

  it('writes the exporter’s notes as comments above the field they explain', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { sshAllowedCidrs: ['10.0.0.0/8'] });
    const { yaml } = exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, registry: NO_RULES });
    expect(yaml).toMatch(
      / {4}# The design allows SSH from 10\.0\.0\.0\/8\. eksctl cannot limit SSH by CIDR:\n {4}# restrict .*\n {4}ssh:\n {6}allow: true/,
    );
  });

  it('refuses a design with errors, listing them, and exports it with force', () => {
    const registry = new RuleRegistry([flagClusters]);
    const design = baselineBuilder().b.build();
    let refused: unknown;
    try {
      exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ExportRefusedError);
    const error = refused as ExportRefusedError;
    expect(error.diagnostics.map((d) => d.ruleId)).toEqual(['design.test-flags-clusters']);
    expect(error.message).toContain('1 error');
    expect(error.message).toContain(
      '- [design.test-flags-clusters] Cluster demo-1 is flagged by the test rule. (parts: cluster-1)',
    );

    const forced = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry, force: true });
    expect(forced.diagnostics).toEqual(error.diagnostics);
    expect(forced.yaml).toBe(GOLDEN_BASELINE);
  });

  it('refuses through the real catalog too: a cluster in one AZ', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    b.cluster(vpc);
    const design = b.build();
    expect(() => exportEksctlYaml(design, { ctx: TEST_CONTEXT })).toThrow(/vpc\.cluster-subnets-two-azs/);
    const forced = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    expect(forced.diagnostics.map((d) => d.ruleId)).toContain('vpc.cluster-subnets-two-azs');
  });

  it('says there is no cluster rather than refusing on rule errors', () => {
    const b = new DesignBuilder();
    b.vpc();
    const registry = new RuleRegistry([flagClusters]);
    expect(() => exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, registry })).toThrow(ExportError);
    expect(() => exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, registry })).not.toThrow(ExportRefusedError);
  });
});
