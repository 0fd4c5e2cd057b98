import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDeployScript } from './deploy-script.js';
import { renderRunbook } from './runbook.js';
import { chartSource, deploySteps, helmChartArgs, shellWord } from './steps.js';
import { parseDesignText } from '../model/document.js';
import { bundleManifestFiles } from './bundle-manifests.js';
import { bundleOf, templateBundle } from './test-support/templates.js';
import type { ManifestFile } from './types.js';

/** Manifests as the generator writes them: a namespace file first, then one file per workload. */
const MANIFESTS: ManifestFile[] = [
  { path: '00-namespaces.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
  {
    path: 'frontend.yaml',
    content: [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\n  namespace: shop\n',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: frontend\n  namespace: shop\nspec:\n  type: ClusterIP\n',
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: frontend\n  namespace: shop\n',
    ].join('---\n'),
  },
  {
    path: 'api.yaml',
    content:
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: api\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api-nlb\nspec:\n  type: LoadBalancer\n---\n: [broken\n',
  },
];

describe('deploy steps with manifests', () => {
  const { plan } = templateBundle('microservices');
  const steps = deploySteps(plan, MANIFESTS);
  const apply = steps.at(-1)!;

  it('applies the files in the order given, after every controller', () => {
    expect(apply.commands).toEqual([
      'kubectl apply -f manifests/00-namespaces.yaml',
      'kubectl apply -f manifests/frontend.yaml',
      'kubectl apply -f manifests/api.yaml',
    ]);
    const titles = steps.map((s) => s.title.en);
    expect(titles.indexOf('Install AWS Load Balancer Controller')).toBeLessThan(titles.indexOf('Apply the manifests'));
    expect(titles[0]).toBe('Create the cluster');
    expect(steps[0]!.commands).toEqual(['eksctl create cluster -f cluster.yaml']);
    expect(steps[1]!.commands).toEqual(['aws eks update-kubeconfig --region us-east-1 --name shop-microservices']);
  });

  it('waits for each workload to roll out and each Ingress and LoadBalancer Service to get an address', () => {
    expect(apply.checks).toEqual([
      'kubectl -n shop rollout status deployment/frontend --timeout=10m',
      "kubectl -n shop wait ingress/frontend --for=jsonpath='{.status.loadBalancer.ingress[0].hostname}' --timeout=10m",
      'kubectl -n default rollout status statefulset/api --timeout=10m',
      "kubectl -n default wait service/api-nlb --for=jsonpath='{.status.loadBalancer.ingress[0].hostname}' --timeout=10m",
    ]);
  });

  it('renders a script ShellCheck-clean and a runbook that deletes in reverse order', () => {
    const script = renderDeployScript(plan, MANIFESTS, 'en');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-sh-'));
    try {
      writeFileSync(join(dir, 'deploy.sh'), script);
      expect(spawnSync('bash', ['-n', join(dir, 'deploy.sh')]).status).toBe(0);
      const lint = spawnSync('shellcheck', ['--shell=bash', join(dir, 'deploy.sh')], { encoding: 'utf8' });
      if (lint.error === undefined) expect(lint.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const md = renderRunbook(plan, MANIFESTS, 'en');
    expect(md).toContain(
      'kubectl delete --ignore-not-found -f manifests/api.yaml\nkubectl delete --ignore-not-found -f manifests/frontend.yaml\nkubectl delete --ignore-not-found -f manifests/00-namespaces.yaml\neksctl delete cluster -f cluster.yaml',
    );
  });

  it('waits for nodes only when the cluster has node groups', () => {
    expect(deploySteps({ ...plan, hasNodeGroups: false }, [])[1]!.checks).toEqual(['kubectl get namespaces']);
    expect(steps[1]!.checks).toEqual(['kubectl wait --for=condition=Ready nodes --all --timeout=15m']);
  });
});

describe('helm chart arguments', () => {
  it('names an HTTP chart with --repo and an OCI chart by its reference (Helm takes no --repo for OCI)', () => {
    const http = {
      repo: 'https://aws.github.io/eks-charts',
      name: 'aws-load-balancer-controller',
      version: '3.5.0',
      appVersion: 'v3.5.0',
    };
    expect(helmChartArgs(http)).toBe('aws-load-balancer-controller --repo https://aws.github.io/eks-charts --version 3.5.0');
    expect(chartSource(http)).toBe('https://aws.github.io/eks-charts');
    for (const repo of ['oci://public.ecr.aws/eks/cilium', 'oci://public.ecr.aws/eks/cilium/']) {
      const oci = { repo, name: 'cilium', version: '1.17.6-0', appVersion: 'v1.17.6' };
      expect(helmChartArgs(oci)).toBe('oci://public.ecr.aws/eks/cilium/cilium --version 1.17.6-0');
      expect(chartSource(oci)).toBe('oci://public.ecr.aws/eks/cilium/cilium');
    }
  });
});

describe('shellWord', () => {
  it('leaves plain words alone and quotes anything bash would split or expand', () => {
    expect(shellWord('manifests/a-b_c.yaml')).toBe('manifests/a-b_c.yaml');
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    const out = spawnSync('bash', ['-c', `printf %s ${shellWord("it's $HOME; rm -rf /")}`], { encoding: 'utf8' });
    expect(out.stdout).toBe("it's $HOME; rm -rf /");
  });
});

describe('manifests with placeholders', () => {
  const { plan } = templateBundle('microservices');
  const withAccount: ManifestFile[] = [
    MANIFESTS[0]!,
    {
      path: 'shop/orders.yaml',
      content:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    spec:\n      containers:\n        - image: "${AWS_ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/orders:1"\n          args: ["$HOME", "${lower_case}"]\n',
    },
  ];

  it('applies a file with placeholders through envsubst limited to its own variables', () => {
    const apply = deploySteps(plan, withAccount).at(-1)!;
    expect(apply.commands).toEqual([
      'kubectl apply -f manifests/00-namespaces.yaml',
      "envsubst '${AWS_ACCOUNT_ID}' < manifests/shop/orders.yaml | kubectl apply -f -",
    ]);
  });

  it.each([
    ['en', 'set AWS_ACCOUNT_ID first'],
    ['ja', '先に AWS_ACCOUNT_ID を設定してください'],
  ] as const)('deploy.sh (%s) stops before anything when a placeholder variable is not set, and needs envsubst', (lang, says) => {
    const script = renderDeployScript(plan, withAccount, lang);
    expect(script).toMatch(/^for tool in aws eksctl kubectl helm envsubst; do$/m);
    expect(script).toContain(`: "\${AWS_ACCOUNT_ID:?${says}`);
    const dir = mkdtempSync(join(tmpdir(), 'deploy-env-'));
    try {
      // Only the variable check, cut from the script: it must fail with the variable's name.
      const check = script.split('\n').filter((l) => l.startsWith(': "${'));
      writeFileSync(join(dir, 'check.sh'), ['set -euo pipefail', ...check, 'echo passed'].join('\n'));
      const unset = spawnSync('bash', [join(dir, 'check.sh')], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
      expect(unset.status).not.toBe(0);
      expect(unset.stderr).toContain(says);
      const set = spawnSync('bash', [join(dir, 'check.sh')], {
        env: { PATH: process.env.PATH, AWS_ACCOUNT_ID: '111122223333' },
        encoding: 'utf8',
      });
      expect(set.stdout).toContain('passed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('DEPLOY.md names the variables to set in either language', () => {
    expect(renderRunbook(plan, withAccount, 'en')).toContain('Set `AWS_ACCOUNT_ID` in your shell');
    expect(renderRunbook(plan, withAccount, 'ja')).toContain('シェルで `AWS_ACCOUNT_ID` を設定してください');
  });

  it('DEPLOY.md says to create the EFS file system, its mount targets and NFS access when a StorageClass names it', () => {
    const efs: ManifestFile[] = [
      {
        path: '00-storageclasses.yaml',
        content:
          'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: efs\nprovisioner: efs.csi.aws.com\nparameters:\n  fileSystemId: ${EFS_FILE_SYSTEM_ID}\n',
      },
    ];
    const en = renderRunbook(plan, efs, 'en');
    expect(en).toContain('Set `EFS_FILE_SYSTEM_ID` in your shell');
    expect(en).toMatch(/Create the EFS file system .*mount target in every subnet of the nodes.*NFS \(TCP 2049\)/);
    expect(renderRunbook(plan, efs, 'ja')).toMatch(/EFS ファイルシステムを作成してください.*マウントターゲット.*TCP 2049/);
    expect(renderRunbook(plan, withAccount, 'en')).not.toContain('EFS');
  });
});

describe('a Karpenter cluster whose only node group is tainted', () => {
  // s14: the system group is tainted CriticalAddonsOnly, which the AWS Load Balancer Controller's chart does not
  // tolerate: its pods wait for a Karpenter node, which needs the NodePool first.
  const design = parseDesignText(
    readFileSync(new URL('../rules/fixtures/designs/s14-karpenter-tainted-system-group.eksdesign', import.meta.url), 'utf8'),
  ).design;
  const { plan } = bundleOf(design);
  const manifests = bundleManifestFiles(design, 'kp', 'en');
  const steps = deploySteps(plan, manifests);
  const titles = steps.map((s) => s.title.en);

  it('gives Karpenter its node pool before waiting for anything a Karpenter node may have to host', () => {
    const pool = titles.indexOf('Give Karpenter its node pool');
    expect(pool).toBeGreaterThan(titles.indexOf('Configure kubectl'));
    expect(pool).toBeLessThan(titles.indexOf('Check what eksctl installed'));
    expect(pool).toBeLessThan(titles.indexOf('Install AWS Load Balancer Controller'));
    expect(steps[pool]!.commands).toEqual(['kubectl apply -f manifests/karpenter/default.yaml']);
    expect(steps[pool]!.checks).toContain('kubectl wait nodepool --all --for=condition=Ready --timeout=10m');
    expect(steps.at(-1)!.commands).not.toContain('kubectl apply -f manifests/karpenter/default.yaml');
  });

  it('deletes the node pool after the Ingresses, while the controller that removes the ALB can still run', () => {
    const md = renderRunbook(plan, manifests, 'en');
    const cleanup = md.slice(md.indexOf('## Deleting the cluster'));
    expect(cleanup.indexOf('manifests/karpenter/default.yaml')).toBeGreaterThan(
      cleanup.indexOf('manifests/default/ingress-alb.yaml'),
    );
    expect(cleanup.indexOf('manifests/karpenter/default.yaml')).toBeLessThan(cleanup.indexOf('eksctl delete cluster'));
  });
});

describe('a Karpenter cluster whose NodePool launches NVIDIA nodes', () => {
  // s16: Karpenter's al2023 alias picks the NVIDIA AMI variant for a g5 NodePool, which has the drivers but not the
  // device plugin; without it no node offers nvidia.com/gpu and the GPU Pods stay Pending.
  const load = (name: string) =>
    parseDesignText(readFileSync(new URL(`../rules/fixtures/designs/${name}.eksdesign`, import.meta.url), 'utf8')).design;

  it('installs the device plugin on the nodes Karpenter launches with NVIDIA GPUs', () => {
    const { plan } = bundleOf(load('s16-karpenter-gpu-inference'));
    const plugin = plan.controllers.find((c) => c.id === 'nvidia-device-plugin');
    expect(plugin?.values['affinity']).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'karpenter.k8s.aws/instance-gpu-manufacturer', operator: 'In', values: ['nvidia'] }] },
          ],
        },
      },
    });
  });

  it('installs none where Karpenter launches Bottlerocket, whose NVIDIA variant ships the plugin', () => {
    const { plan } = bundleOf(load('s16-karpenter-bottlerocket-gpu'));
    expect(plan.controllers.map((c) => c.id)).not.toContain('nvidia-device-plugin');
  });
});

describe('a cluster with an NVIDIA node group on an EKS-optimized AMI', () => {
  // s15: eksctl installs its own NVIDIA device plugin (kube-system/nvidia-device-plugin-daemonset) for AL2/AL2023
  // groups with NVIDIA types unless told not to (pkg/eks/tasks.go, --install-nvidia-plugin defaults to true); the
  // bundle installs the plugin with Helm (tolerating every taint of the groups), so two would advertise the same GPUs.
  const design = parseDesignText(
    readFileSync(new URL('../rules/fixtures/designs/s15-daemonset-noexecute-gpu.eksdesign', import.meta.url), 'utf8'),
  ).design;
  const { plan } = bundleOf(design);
  const steps = deploySteps(plan, []);

  it('creates the cluster without eksctl’s device plugin when the bundle installs it', () => {
    expect(plan.controllers.map((c) => c.id)).toContain('nvidia-device-plugin');
    expect(steps[0]!.commands).toEqual(['eksctl create cluster -f cluster.yaml --install-nvidia-plugin=false']);
    expect(steps[0]!.explain.en).toContain('--install-nvidia-plugin=false');
    expect(renderDeployScript(plan, [], 'en')).toContain(
      'else eksctl create cluster -f cluster.yaml --install-nvidia-plugin=false; fi',
    );
  });

  it('removes eksctl’s plugin before installing the chart’s, for a cluster created with eksctl’s default', () => {
    const install = steps.find((s) => s.title.en === 'Install NVIDIA device plugin')!;
    expect(install.commands[0]).toBe('kubectl -n kube-system delete daemonset nvidia-device-plugin-daemonset --ignore-not-found');
    expect(install.commands[1]).toMatch(/^helm upgrade --install nvidia-device-plugin /);
  });

  it('keeps eksctl’s default where the bundle installs no plugin (Bottlerocket brings its own)', () => {
    const bottlerocket = parseDesignText(
      readFileSync(new URL('../rules/fixtures/designs/s15-bottlerocket-gpu.eksdesign', import.meta.url), 'utf8'),
    ).design;
    const own = bundleOf(bottlerocket).plan;
    expect(own.controllers.map((c) => c.id)).not.toContain('nvidia-device-plugin');
    expect(deploySteps(own, [])[0]!.commands).toEqual(['eksctl create cluster -f cluster.yaml']);
  });
});
