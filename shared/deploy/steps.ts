/**
 * The deploy steps, once: DEPLOY.md (either language) and deploy.sh are both rendered from this list, so the
 * runbook a person reads and the script that runs it cannot drift apart.
 */
import { HYBRID_COMPUTE_TYPE } from './cilium.js';
import { waitTargets } from './manifest-objects.js';
import type { ChartRef, ControllerInstall, DeployPlan, Localized, ManifestFile, UpgradeAfterEksctl } from './types.js';

export interface DeployStep {
  title: Localized;
  /** What the step does and why, one paragraph. */
  explain: Localized;
  commands: string[];
  /** Commands that fail unless the step worked (kubectl wait / rollout status with a timeout). */
  checks: string[];
}

/** Quotes a word for bash only when it needs it (names and paths from a design are plain in practice). */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The `${NAME}` placeholders a manifest file leaves for the user (shared/manifests), in first-use order. */
export function placeholdersOf(content: string): string[] {
  return [...new Set([...content.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)].map((m) => m[1]!))];
}

/** Every placeholder the manifests use, once each. */
export function manifestPlaceholders(manifests: readonly ManifestFile[]): string[] {
  return [...new Set(manifests.flatMap((m) => placeholdersOf(m.content)))];
}

/**
 * The command that applies one manifest file. A file with placeholders goes through envsubst limited to its
 * own variables, so `kubectl apply` never sees `${AWS_ACCOUNT_ID}` and no other `$` in the file is touched.
 */
function applyCommand(m: ManifestFile): string {
  const file = shellWord(`manifests/${m.path}`);
  const vars = placeholdersOf(m.content);
  if (vars.length === 0) return `kubectl apply -f ${file}`;
  return `envsubst '${vars.map((v) => `\${${v}}`).join(' ')}' < ${file} | kubectl apply -f -`;
}

/**
 * Karpenter's EC2NodeClass and NodePool (shared/manifests writes them under karpenter/). Until they exist Karpenter
 * launches no node, so every pod that only a Karpenter node can host (a controller when the node groups are
 * tainted or full) stays Pending: they are applied right after eksctl has installed Karpenter, and deleted last.
 */
export function isNodePoolFile(m: ManifestFile): boolean {
  return m.path.startsWith('karpenter/');
}

/**
 * The order to delete the manifests in: the reverse of applying them, but Karpenter's node pools last, so the
 * Ingresses and LoadBalancer Services go while the nodes that may run the AWS Load Balancer Controller (which
 * removes their load balancers) still exist.
 */
export function deletionOrder(manifests: readonly ManifestFile[]): ManifestFile[] {
  const reversed = [...manifests].reverse();
  return [...reversed.filter((m) => !isNodePoolFile(m)), ...reversed.filter(isNodePoolFile)];
}

/**
 * The DaemonSet eksctl applies for NVIDIA groups on AL2/AL2023 (pkg/addons/assets/nvidia-device-plugin.yaml) when
 * `eksctl create cluster` ran without `--install-nvidia-plugin=false`: removed before the chart's plugin goes in,
 * so one plugin advertises the GPUs.
 */
const DELETE_EKSCTL_DEVICE_PLUGIN = 'kubectl -n kube-system delete daemonset nvidia-device-plugin-daemonset --ignore-not-found';

function withoutEksctlDevicePlugin(reason: Localized): Localized {
  return {
    en: `${reason.en} If eksctl installed its own plugin (cluster created without \`--install-nvidia-plugin=false\`), it is removed first, so one plugin advertises the GPUs.`,
    ja: `${reason.ja} eksctl が自身のプラグインをインストールしていた場合（\`--install-nvidia-plugin=false\` なしでクラスターを作成した場合）は、GPU を公開するプラグインが 1 つになるよう先に削除します。`,
  };
}

export function valuesPath(c: ControllerInstall): string {
  return `helm/${c.release}.values.yaml`;
}

function rolloutCheck(namespace: string, kind: string, name: string): string {
  return `kubectl -n ${shellWord(namespace)} rollout status ${kind.toLowerCase()}/${shellWord(name)} --timeout=10m`;
}

/** Whether a chart lives in an OCI registry (`oci://…`) rather than an HTTP chart repository. */
function isOciChart(chart: ChartRef): boolean {
  return chart.repo.startsWith('oci://');
}

/** Where a chart comes from, as a person looks it up: the chart's `oci://` reference, or its HTTP repository. */
export function chartSource(chart: ChartRef): string {
  return isOciChart(chart) ? `${chart.repo.replace(/\/+$/, '')}/${chart.name}` : chart.repo;
}

/**
 * The chart arguments of `helm upgrade --install`: an OCI chart is named by its reference, since Helm's `--repo`
 * takes only an HTTP chart repository (helm/helm#12471); any other chart by name and `--repo`.
 */
export function helmChartArgs(chart: ChartRef): string {
  return isOciChart(chart)
    ? `${chartSource(chart)} --version ${chart.version}`
    : `${chart.name} --repo ${chart.repo} --version ${chart.version}`;
}

function helmInstall(plan: DeployPlan, c: ControllerInstall): string[] {
  const chart = c.chart!;
  const lines: string[] = [];
  for (const v of c.valuesFromCluster)
    if (v.key === 'vpcId')
      lines.push(
        `${v.variable}=$(aws eks describe-cluster --region ${shellWord(plan.region)} --name ${shellWord(plan.clusterName)} --query cluster.resourcesVpcConfig.vpcId --output text)`,
      );
  const sets = c.valuesFromCluster.map((v) => ` \\\n  --set ${v.key}="$${v.variable}"`).join('');
  lines.push(
    `helm upgrade --install ${c.release} ${helmChartArgs(chart)} \\\n` +
      `  --namespace ${c.namespace} --create-namespace --values ${valuesPath(c)}${sets} --wait --timeout 10m`,
  );
  return lines;
}

/** `helm upgrade --reuse-values` of a release eksctl installed, at the chart version eksctl installed. */
function helmUpgradeAfterEksctl(c: ControllerInstall, upgrade: UpgradeAfterEksctl): string {
  const sets = upgrade.set.map((v) => ` --set ${shellWord(`${v.key}=${v.value}`)}`).join('');
  return (
    `helm upgrade ${c.release} ${helmChartArgs(c.chart!)} \\\n` +
    `  --namespace ${c.namespace} --reuse-values${sets} --wait --timeout 10m`
  );
}

/** Fails unless some container of the workload has the environment variable at exactly that value. */
function envCheck(c: ControllerInstall, env: UpgradeAfterEksctl['env'][number]): string {
  const path = `{.spec.template.spec.containers[*].env[?(@.name=="${env.name}")].value}`;
  return `kubectl -n ${shellWord(c.namespace)} get ${c.workload.kind}/${shellWord(c.workload.name)} -o jsonpath='${path}' | grep -qxF ${shellWord(env.value)}`;
}

/** The steps of `plan`, applying `manifests` (paths relative to manifests/) in the order given. */
export function deploySteps(plan: DeployPlan, manifests: readonly ManifestFile[]): DeployStep[] {
  const { clusterName, region } = plan;
  // eksctl installs its own NVIDIA device plugin for AL2/AL2023 groups with NVIDIA types unless told not to
  // (pkg/eks/tasks.go; the flag is allowed with -f): where the bundle installs the plugin with Helm, a second
  // DaemonSet would advertise the same GPUs, and eksctl's tolerates nvidia.com/gpu only with NoSchedule.
  const ownDevicePlugin = plan.controllers.some((c) => c.id === 'nvidia-device-plugin');
  const steps: DeployStep[] = [
    {
      title: { en: 'Create the cluster', ja: 'クラスターを作成する' },
      explain: {
        en: `eksctl creates ${plan.createsVpc ? 'the VPC, ' : ''}the control plane, the node groups, the IAM roles for the controllers and the EKS add-ons described in cluster.yaml${plan.createsVpc ? '' : ', in the existing VPC it names'}. This takes 15 to 25 minutes.${ownDevicePlugin ? ' `--install-nvidia-plugin=false` keeps eksctl from installing its own NVIDIA device plugin: a later step installs it with tolerations for every taint of the GPU node groups.' : ''}`,
        ja: `eksctl が cluster.yaml に書かれた${plan.createsVpc ? ' VPC、' : '既存の VPC に、'}コントロールプレーン、ノードグループ、コントローラー用の IAM ロール、EKS アドオンを作成します。15 〜 25 分かかります。${ownDevicePlugin ? '`--install-nvidia-plugin=false` は eksctl 自身の NVIDIA デバイスプラグインをインストールさせません。後の手順で、GPU ノードグループのすべてのテイントを許容するプラグインをインストールします。' : ''}`,
      },
      commands: [`eksctl create cluster -f cluster.yaml${ownDevicePlugin ? ' --install-nvidia-plugin=false' : ''}`],
      checks: [],
    },
    {
      title: { en: 'Configure kubectl', ja: 'kubectl を設定する' },
      explain: {
        en: `Adds the cluster to your kubeconfig${plan.hasNodeGroups ? ', then waits until every worker node is Ready' : ''}.`,
        ja: `kubeconfig にクラスターを追加します${plan.hasNodeGroups ? '。続けて、すべてのワーカーノードが Ready になるまで待ちます' : ''}。`,
      },
      commands: [`aws eks update-kubeconfig --region ${shellWord(region)} --name ${shellWord(clusterName)}`],
      // Hybrid nodes that joined already stay NotReady until Cilium (a later step) runs: wait for the cloud nodes.
      checks: plan.hasNodeGroups
        ? [
            plan.controllers.some((c) => c.id === 'cilium')
              ? `kubectl wait --for=condition=Ready nodes -l '${HYBRID_COMPUTE_TYPE.key}!=${HYBRID_COMPUTE_TYPE.value}' --timeout=15m`
              : 'kubectl wait --for=condition=Ready nodes --all --timeout=15m',
          ]
        : ['kubectl get namespaces'],
    },
  ];

  const nodePools = manifests.filter(isNodePoolFile);
  const karpenter = plan.controllers.find((c) => c.id === 'karpenter');
  if (nodePools.length > 0)
    steps.push({
      title: { en: 'Give Karpenter its node pool', ja: 'Karpenter にノードプールを渡す' },
      explain: {
        en: 'Karpenter launches no node until it has an EC2NodeClass and a NodePool. They go in before anything waits for pods that only a Karpenter node may host (Metrics Server, the controllers installed with Helm when the node groups are tainted or full, the workloads).',
        ja: 'Karpenter は EC2NodeClass と NodePool ができるまでノードを起動しません。Karpenter のノードにしか置けない Pod（Metrics Server、ノードグループにテイントがあるか空きがないときに Helm でインストールするコントローラー、ワークロード）を待つ前に作成します。',
      },
      commands: nodePools.map(applyCommand),
      checks: [
        ...(karpenter ? [rolloutCheck(karpenter.namespace, karpenter.workload.kind, karpenter.workload.name)] : []),
        // Karpenter sets Ready once the node class resolved its subnets, security groups and AMI.
        'kubectl wait ec2nodeclass --all --for=condition=Ready --timeout=10m',
        'kubectl wait nodepool --all --for=condition=Ready --timeout=10m',
      ],
    });

  const byEksctl = plan.controllers.filter((c) => c.installedBy !== 'helm');
  if (byEksctl.length > 0)
    steps.push({
      title: { en: 'Check what eksctl installed', ja: 'eksctl がインストールしたものを確認する' },
      explain: {
        en: `eksctl installed ${byEksctl.map((c) => c.title).join(', ')} while creating the cluster; wait until each is running.`,
        ja: `eksctl はクラスターの作成中に ${byEksctl.map((c) => c.title).join('、')} をインストールしました。動き出すまで待ちます。`,
      },
      commands: [],
      checks: byEksctl.map((c) => rolloutCheck(c.namespace, c.workload.kind, c.workload.name)),
    });

  for (const c of byEksctl)
    if (c.upgradeAfterEksctl)
      steps.push({
        title: c.upgradeAfterEksctl.title,
        explain: c.upgradeAfterEksctl.explain,
        commands: [helmUpgradeAfterEksctl(c, c.upgradeAfterEksctl)],
        checks: [
          rolloutCheck(c.namespace, c.workload.kind, c.workload.name),
          ...c.upgradeAfterEksctl.env.map((env) => envCheck(c, env)),
        ],
      });

  for (const c of plan.controllers.filter((x) => x.installedBy === 'helm'))
    steps.push({
      title: { en: `Install ${c.title}`, ja: `${c.title} をインストールする` },
      explain: c.id === 'nvidia-device-plugin' ? withoutEksctlDevicePlugin(c.reason) : c.reason,
      commands: c.id === 'nvidia-device-plugin' ? [DELETE_EKSCTL_DEVICE_PLUGIN, ...helmInstall(plan, c)] : helmInstall(plan, c),
      checks: [c.workload, ...(c.alsoWaitFor ?? [])].map((w) => rolloutCheck(c.namespace, w.kind, w.name)),
    });

  const workloads = manifests.filter((m) => !isNodePoolFile(m));
  const targets = waitTargets(workloads);
  steps.push({
    title: { en: 'Apply the manifests', ja: 'マニフェストファイルを適用する' },
    explain:
      workloads.length > 0
        ? {
            en: 'Applies the workloads in order (namespaces first), waits for each to roll out and for every Ingress and LoadBalancer Service to get its load balancer address.',
            ja: 'ワークロードを順に適用し（Namespace が最初）、それぞれのロールアウトと、Ingress と LoadBalancer の Service にロードバランサーのアドレスが割り当てられるのを待ちます。',
          }
        : { en: 'The design has no manifests to apply.', ja: 'この設計には適用するマニフェストファイルがありません。' },
    commands: workloads.map(applyCommand),
    checks: targets.map((t) =>
      t.check === 'rollout'
        ? rolloutCheck(t.namespace, t.kind, t.name)
        : `kubectl -n ${shellWord(t.namespace)} wait ${t.kind.toLowerCase()}/${shellWord(t.name)} --for=jsonpath='{.status.loadBalancer.ingress[0].hostname}' --timeout=10m`,
    ),
  });
  return steps;
}
