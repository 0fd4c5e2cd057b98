/**
 * Karpenter and controller identity in the export: Karpenter's nodes get a way to join, and edits to an
 * imported cluster (IRSA -> Pod Identity, Cluster Autoscaler -> Karpenter) leave nothing of what they replaced.
 */
import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { importEksctlYaml } from '../round-trip/index.js';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { buildClusterConfig, buildClusterConfigDetailed } from './cluster-config.js';
import { renderClusterYaml } from './export-yaml.js';
import type { ClusterConfig } from './types.js';

function build(design: Design): ClusterConfig {
  const config = buildClusterConfig(design);
  expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
  return config;
}

function clusterOf(design: Design): PartOf<'cluster'> {
  return design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
}

describe('Karpenter nodes join', () => {
  it('writes API_AND_CONFIG_MAP for a drawn API design with Karpenter, with a comment saying why', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { authenticationMode: 'API', addons: { nodeAutoscaler: 'karpenter' } });
    const design = b.build();
    expect(build(design).accessConfig).toEqual({ authenticationMode: 'API_AND_CONFIG_MAP' });
    const built = buildClusterConfigDetailed(design);
    const yaml = renderClusterYaml(built.config, design.name, built.notes);
    expect(yaml).toMatch(/ {2}# .*eksctl-KarpenterNodeRole-demo-1.*\n( {2}# .*\n)* {2}authenticationMode: API_AND_CONFIG_MAP/);
    expect(yaml).toContain('#7750');
  });

  it('keeps API without Karpenter, CONFIG_MAP as chosen, and API when an EC2_LINUX entry admits the node role', () => {
    const plain = new DesignBuilder();
    plain.cluster(plain.vpc(), { authenticationMode: 'API' });
    expect(build(plain.build()).accessConfig).toEqual({ authenticationMode: 'API' });
    const cm = new DesignBuilder();
    cm.cluster(cm.vpc(), { authenticationMode: 'CONFIG_MAP', addons: { nodeAutoscaler: 'karpenter' } });
    expect(build(cm.build()).accessConfig).toEqual({ authenticationMode: 'CONFIG_MAP' });
    const entry = new DesignBuilder();
    const accessEntries = [{ principalARN: 'arn:aws:iam::111122223333:role/eksctl-KarpenterNodeRole-demo-1', type: 'EC2_LINUX' }];
    entry.cluster(entry.vpc(), {
      authenticationMode: 'API',
      addons: { nodeAutoscaler: 'karpenter' },
      extra: { accessConfig: { accessEntries } },
    });
    expect(build(entry.build()).accessConfig).toEqual({ authenticationMode: 'API', accessEntries });
  });

  it("an imported API cluster switched to Karpenter keeps the file's mode until the user changes it", () => {
    const design = importEksctlYaml(IRSA_CA_CLUSTER).document.design;
    clusterOf(design).props.addons.nodeAutoscaler = 'karpenter';
    expect(build(design).accessConfig).toEqual({ authenticationMode: 'API' });
    clusterOf(design).props.authenticationMode = 'API_AND_CONFIG_MAP';
    expect(build(design).accessConfig).toEqual({ authenticationMode: 'API_AND_CONFIG_MAP' });
  });
});

const IRSA_CA_CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.35"
accessConfig:
  authenticationMode: API
iam:
  withOIDC: true
  serviceAccounts:
    - metadata:
        name: aws-load-balancer-controller
        namespace: kube-system
      wellKnownPolicies:
        awsLoadBalancerController: true
    - metadata:
        name: cluster-autoscaler
        namespace: kube-system
      wellKnownPolicies:
        autoScaler: true
addons:
  - name: vpc-cni
  - name: coredns
  - name: kube-proxy
  - name: eks-pod-identity-agent
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
    minSize: 2
    desiredCapacity: 2
    maxSize: 5
    propagateASGTags: true
    iam:
      withAddonPolicies:
        autoScaler: true
    tags:
      k8s.io/cluster-autoscaler/enabled: "true"
      k8s.io/cluster-autoscaler/shop: owned
`;

describe('edits of an imported cluster drop what they replaced', () => {
  it('imports the IRSA + Cluster Autoscaler file as IRSA with Cluster Autoscaler, and exports it unchanged', () => {
    const design = importEksctlYaml(IRSA_CA_CLUSTER).document.design;
    expect(clusterOf(design).props.controllerIdentity).toBe('irsa');
    expect(clusterOf(design).props.addons.nodeAutoscaler).toBe('cluster-autoscaler');
    expect(build(design)).toEqual(importEksctlYaml(IRSA_CA_CLUSTER).config);
  });

  it('IRSA -> Pod Identity: the controllers move to pod identity associations, no IRSA service account is left', () => {
    const design = importEksctlYaml(IRSA_CA_CLUSTER).document.design;
    clusterOf(design).props.controllerIdentity = 'pod-identity';
    const config = build(design);
    expect(config.iam?.serviceAccounts ?? []).toEqual([]);
    expect(config.iam?.podIdentityAssociations?.map((a) => a.serviceAccountName).sort()).toEqual([
      'aws-load-balancer-controller',
      'cluster-autoscaler',
    ]);
  });

  it('Cluster Autoscaler -> Karpenter: no autoscaler role, policy or tags are left; karpenter is written', () => {
    const design = importEksctlYaml(IRSA_CA_CLUSTER).document.design;
    clusterOf(design).props.addons.nodeAutoscaler = 'karpenter';
    clusterOf(design).props.authenticationMode = 'API_AND_CONFIG_MAP';
    const config = build(design);
    expect(JSON.stringify(config)).not.toMatch(/autoScaler|cluster-autoscaler/);
    expect(config.karpenter).toEqual({ version: expect.any(String) });
    expect(config.iam?.withOIDC).toBe(true);
  });
});

const PIA_CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.35"
iam:
  podIdentityAssociations:
    - namespace: kube-system
      serviceAccountName: aws-load-balancer-controller
      wellKnownPolicies:
        awsLoadBalancerController: true
    - namespace: kube-system
      serviceAccountName: ebs-csi-controller-sa
      wellKnownPolicies:
        ebsCSIController: true
addons:
  - name: eks-pod-identity-agent
  - name: aws-ebs-csi-driver
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
    desiredCapacity: 2
`;

describe('more switches on imported clusters', () => {
  it('Pod Identity -> IRSA: no association is left for the controllers', () => {
    const design = importEksctlYaml(PIA_CLUSTER).document.design;
    expect(build(design)).toEqual(importEksctlYaml(PIA_CLUSTER).config);
    clusterOf(design).props.controllerIdentity = 'irsa';
    const config = build(design);
    expect(config.iam?.podIdentityAssociations).toBeUndefined();
    expect(config.iam?.serviceAccounts?.map((s) => s.metadata.name)).toEqual(['aws-load-balancer-controller']);
    expect(config.addons?.find((a) => a.name === 'aws-ebs-csi-driver')?.wellKnownPolicies).toEqual({ ebsCSIController: true });
  });

  it('IRSA -> Pod Identity: an add-on loses its own IRSA role once an association gives it one', () => {
    const design = importEksctlYaml(PIA_CLUSTER).document.design;
    clusterOf(design).props.controllerIdentity = 'irsa';
    const irsaYaml = build(design);
    const again = importEksctlYaml(`${JSON.stringify(irsaYaml)}`).document.design;
    clusterOf(again).props.controllerIdentity = 'pod-identity';
    const config = build(again);
    expect(config.iam?.serviceAccounts).toBeUndefined();
    expect(config.addons?.find((a) => a.name === 'aws-ebs-csi-driver')).toEqual({
      name: 'aws-ebs-csi-driver',
      useDefaultPodIdentityAssociations: true,
    });
    expect(config.iam?.podIdentityAssociations?.map((a) => a.serviceAccountName).sort()).toEqual([
      'aws-load-balancer-controller',
    ]);
  });

  it('Karpenter -> none: the karpenter section goes, with settings the canvas does not show', () => {
    const yaml = IRSA_CA_CLUSTER.replace(
      'accessConfig:',
      'karpenter:\n  version: "1.6.0"\n  createServiceAccount: true\naccessConfig:',
    ).replace('authenticationMode: API', 'authenticationMode: API_AND_CONFIG_MAP');
    const design = importEksctlYaml(yaml).document.design;
    expect(clusterOf(design).props.addons.nodeAutoscaler).toBe('karpenter');
    expect(build(design).karpenter).toEqual({ version: '1.6.0', createServiceAccount: true });
    clusterOf(design).props.addons.nodeAutoscaler = 'none';
    expect(build(design).karpenter).toBeUndefined();
  });
});

describe('Karpenter interruption queue', () => {
  const karpenter = (capacityType: 'SPOT' | 'ON_DEMAND', extra?: Record<string, unknown>) => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), {
      addons: { nodeAutoscaler: 'karpenter', karpenterCapacity: { instanceType: 'm6i.large', capacityType, averageNodes: 2 } },
      ...(extra ? { extra } : {}),
    });
    return b.build();
  };

  it('asks eksctl for the queue when Karpenter may launch Spot, not for On-Demand', () => {
    expect(build(karpenter('SPOT')).karpenter).toMatchObject({ withSpotInterruptionQueue: true });
    expect(build(karpenter('ON_DEMAND')).karpenter).not.toHaveProperty('withSpotInterruptionQueue');
  });

  it("keeps an imported file's false (an account may not allow SQS) and its true under On-Demand", () => {
    const declined = { karpenter: { withSpotInterruptionQueue: false } };
    expect(build(karpenter('SPOT', declined)).karpenter).toMatchObject({ withSpotInterruptionQueue: false });
    const asked = { karpenter: { withSpotInterruptionQueue: true } };
    expect(build(karpenter('ON_DEMAND', asked)).karpenter).toMatchObject({ withSpotInterruptionQueue: true });
  });
});

describe('placeholders', () => {
  it('comments the documentation account id and address ranges, and nothing else', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), {
      secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc',
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24', '100.64.1.0/24'] },
    });
    const design = b.build();
    const built = buildClusterConfigDetailed(design);
    const yaml = renderClusterYaml(built.config, design.name, built.notes);
    expect(yaml).toContain(
      "  # Placeholder: 111122223333 is the AWS documentation's example account id: replace this ARN with your own.\n  keyARN:",
    );
    expect(yaml).toMatch(
      /# Placeholder: 203\.0\.113\.0\/24 is a documentation address range.*\n {4}- 203\.0\.113\.0\/24\n {4}- 100\.64\.1\.0\/24/,
    );
    expect(yaml.match(/Placeholder/g)).toHaveLength(2);
  });
});
