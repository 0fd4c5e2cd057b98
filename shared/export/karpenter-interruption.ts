/**
 * Karpenter's interruption queue when eksctl installs Karpenter: shared by the export (which asks eksctl for
 * the queue), the deployment bundle (which points Karpenter at it) and the rule as.karpenter-spot-interruption.
 *
 * Facts:
 * - Karpenter drains a node before EC2 reclaims it (Spot interruption warnings, rebalance recommendations,
 *   scheduled changes, instance state changes) only from an SQS queue fed by EventBridge, named in the chart
 *   value `settings.interruptionQueue`, which the chart passes as the env var INTERRUPTION_QUEUE; empty, the
 *   default, turns interruption handling off (aws/karpenter-provider-aws chart 1.14.1 values.yaml,
 *   templates/deployment.yaml; pkg/operator/options/options.go).
 * - eksctl creates that queue, its policy, the four EventBridge rules, and gives Karpenter's controller policy
 *   the SQS permissions, only with `karpenter.withSpotInterruptionQueue: true`. The queue is named after the
 *   cluster (eksctl pkg/cfn/builder/karpenter.go: `QueueName: metadata.name`). A Karpenter cluster's name is at
 *   most 39 characters (cluster.eksctl-name-length: its node role name), well within SQS's 80.
 * - eksctl passes the name to the chart as `settings.interruptionQueueName`, under `settings.aws` for Karpenter
 *   before 0.33.0 (eksctl pkg/karpenter/karpenter.go). Karpenter's chart reads `settings.aws.interruptionQueueName`
 *   up to 0.32 (v0.32.1 templates/deployment.yaml takes either key), and from 0.33.0 only
 *   `settings.interruptionQueue` (v0.33.0 templates/deployment.yaml; eksctl issue #7697), so there the queue
 *   stays unused until `helm upgrade --reuse-values --set settings.interruptionQueue=<name>`.
 */
import { KARPENTER_CHART_REPO } from '../deploy/chart-versions.js';
import type { ExportNote } from '../eksctl/config-types.js';
import { parseGoVersion } from '../eksctl/go-version.js';
import type { Addons } from '../model/parts.js';

/** The SQS queue eksctl creates for Karpenter's interruption notices. */
export function karpenterInterruptionQueueName(clusterName: string): string {
  return clusterName;
}

/** Whether the cluster's Karpenter may launch Spot nodes: the generated NodePool then allows `spot`. */
export function karpenterMayLaunchSpot(addons: Addons): boolean {
  return addons.nodeAutoscaler === 'karpenter' && addons.karpenterCapacity.capacityType === 'SPOT';
}

/** Below this Karpenter reads the queue name where eksctl puts it (`settings.aws.interruptionQueueName`). */
const SETTINGS_AWS_BEFORE = [0, 33, 0] as const;

/**
 * Whether Karpenter `version` reads the queue name eksctl passes: only a release before 0.33.0. An unreadable
 * version (eksctl refuses it: eksctl.karpenter-version) counts as a current one.
 */
export function karpenterReadsEksctlQueueName(version: string): boolean {
  const parsed = parseGoVersion(version);
  if (!parsed) return false;
  for (let i = 0; i < 3; i++) {
    const part = parsed.segments[i]!;
    if (part !== SETTINGS_AWS_BEFORE[i]) return part < SETTINGS_AWS_BEFORE[i]!;
  }
  return false;
}

/**
 * Whether the cluster's imported eksctl fields turn the queue off (`karpenter.withSpotInterruptionQueue: false`).
 * The export keeps that choice rather than overriding it: eksctl leaves the queue off by default because an
 * account may not allow SQS (eksctl PR #6460), so a file that says false may mean it.
 */
export function declinesInterruptionQueue(extra: Readonly<Record<string, unknown>> | undefined): boolean {
  const karpenter = extra?.['karpenter'];
  return (
    typeof karpenter === 'object' &&
    karpenter !== null &&
    (karpenter as Record<string, unknown>)['withSpotInterruptionQueue'] === false
  );
}

/**
 * The comment on `karpenter.withSpotInterruptionQueue` when eksctl passes the queue's name where this Karpenter
 * does not look: the command that points Karpenter at the queue, for someone deploying with cluster.yaml alone
 * (the deployment bundle runs the same `helm upgrade`: shared/deploy/controllers.ts).
 */
export function interruptionQueueNote(clusterName: string, karpenterVersion: string): ExportNote | undefined {
  if (karpenterReadsEksctlQueueName(karpenterVersion)) return undefined;
  const queue = karpenterInterruptionQueueName(clusterName);
  const command = [
    ` helm upgrade karpenter ${KARPENTER_CHART_REPO}/karpenter --version ${karpenterVersion} --namespace karpenter \\`,
    `   --reuse-values --set settings.interruptionQueue=${queue} --wait`,
  ].join('\n');
  return {
    path: ['karpenter', 'withSpotInterruptionQueue'],
    text: [
      ` Spot: eksctl creates the SQS queue ${queue} for interruption notices, but passes its name as`,
      ' settings.interruptionQueueName, which Karpenter 0.33 and later do not read (eksctl issue #7697).',
      " Once eksctl has installed Karpenter, point it at the queue (the deployment bundle's deploy.sh does this):",
      command,
    ].join('\n'),
    ja: [
      ` スポット: eksctl は中断通知を受ける SQS キュー ${queue} を作成しますが、その名前を`,
      ' settings.interruptionQueueName として渡し、Karpenter 0.33 以降はこれを読みません（eksctl issue #7697）。',
      ' eksctl が Karpenter をインストールした後に、Karpenter にキューを設定してください（デプロイバンドルの deploy.sh が行います）:',
      command,
    ].join('\n'),
  };
}
