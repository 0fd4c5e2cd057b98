/** The object that runs a workload's pods: Deployment, StatefulSet, DaemonSet, Job or CronJob. */
import type { PartOf } from '../model/parts.js';
import type { GenContext } from './context.js';
import { selectorLabels } from './context.js';
import { hasField } from './kubernetes-apis.js';
import { podTemplate } from './pod-template.js';
import { claimName, claimSpec, storageClassKind, VOLUME_NAME } from './storage.js';
import { fieldOmitted } from './version-gate.js';
import { say } from './text.js';
import type { ManifestDocument, ObjectNote } from './types.js';

/** Retries before a Job counts as failed (the Kubernetes default, written out so it is visible). */
const JOB_BACKOFF_LIMIT = 6;
/** The design has no schedule for a CronJob; this is the stand-in, said in a comment. */
export const DEFAULT_CRON_SCHEDULE = '0 3 * * *';

function shift(notes: readonly ObjectNote[], prefix: (string | number)[]): ObjectNote[] {
  return notes.map((n) => ({ path: [...prefix, ...n.path], text: n.text }));
}

export function workloadDocument(ctx: GenContext, workload: PartOf<'workload'>, serviceAccount?: string): ManifestDocument {
  const { props } = workload;
  const metadata = { name: workload.name, namespace: props.namespace, labels: selectorLabels(workload) };
  const sa = serviceAccount !== undefined ? { serviceAccount } : {};
  // A StatefulSet claims a volume per Pod from its templates; every other kind mounts the one claim generate.ts writes.
  const volume = props.volume;
  const claim = volume && props.workloadKind !== 'StatefulSet' ? { claimName: claimName(workload) } : {};
  const selector = { matchLabels: selectorLabels(workload) };
  const notes: ObjectNote[] = [];

  switch (props.workloadKind) {
    case 'Deployment':
    case 'StatefulSet': {
      const pod = podTemplate(ctx, workload, { ...sa, ...claim });
      const spec: Record<string, unknown> = {};
      if (props.hpa)
        notes.push({
          path: ['spec', 'selector'],
          text: say(ctx.lang, 'hpaReplicas', { min: props.hpa.minReplicas, max: props.hpa.maxReplicas }),
        });
      else spec.replicas = props.replicas;
      spec.selector = selector;
      if (props.workloadKind === 'StatefulSet') spec.serviceName = workload.name;
      if (volume?.storage === 'ebs' && props.workloadKind === 'Deployment') {
        spec.strategy = { type: 'Recreate' };
        notes.push({ path: ['spec', 'strategy'], text: say(ctx.lang, 'recreateForEbs') });
      }
      spec.template = pod.template;
      notes.push(...shift(pod.notes, ['spec', 'template']));
      if (volume && props.workloadKind === 'StatefulSet') {
        const template = { metadata: { name: VOLUME_NAME }, spec: claimSpec(volume, storageClassKind(ctx, workload, volume)) };
        spec.volumeClaimTemplates = [template];
        notes.push({ path: ['spec', 'volumeClaimTemplates'], text: say(ctx.lang, 'claimTemplate', { workload: workload.name }) });
      }
      return { object: { apiVersion: 'apps/v1', kind: props.workloadKind, metadata, spec }, notes };
    }
    case 'DaemonSet': {
      const pod = podTemplate(ctx, workload, { ...sa, ...claim });
      notes.push(...shift(pod.notes, ['spec', 'template']));
      return {
        object: { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec: { selector, template: pod.template } },
        notes,
      };
    }
    case 'Job':
    case 'CronJob': {
      const pod = podTemplate(ctx, workload, { ...sa, ...claim, restartPolicy: 'OnFailure' });
      // The design's replicas are the pods a run keeps busy at once; each run completes that many.
      const jobSpec = {
        parallelism: props.replicas,
        completions: Math.max(1, props.replicas),
        backoffLimit: JOB_BACKOFF_LIMIT,
        template: pod.template,
      };
      if (props.workloadKind === 'Job') {
        notes.push(...shift(pod.notes, ['spec', 'template']));
        return { object: { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpec }, notes };
      }
      notes.push({ path: ['spec', 'schedule'], text: say(ctx.lang, 'cronSchedule', { workload: workload.name }) });
      notes.push(...shift(pod.notes, ['spec', 'jobTemplate', 'spec', 'template']));
      // Without timeZone the schedule is read in kube-controller-manager's zone, which is UTC on EKS too.
      const timeZone = hasField(ctx.cluster.props.version, 'cronJobTimeZone') ? { timeZone: 'Etc/UTC' } : {};
      if (!('timeZone' in timeZone)) fieldOmitted(ctx, workload, 'cronJobTimeZone');
      const spec = {
        schedule: DEFAULT_CRON_SCHEDULE,
        ...timeZone,
        concurrencyPolicy: 'Forbid',
        jobTemplate: { metadata: { labels: selectorLabels(workload) }, spec: jobSpec },
      };
      return { object: { apiVersion: 'batch/v1', kind: 'CronJob', metadata, spec }, notes };
    }
  }
}
