import { describe, expect, it } from 'vitest';
import { newOptionalGroup } from './optional-groups.js';
import { addonsSchema, workloadPropsSchema } from './parts.js';
import { validateDesign } from '../rules/engine.js';
import { baselineBuilder } from '../rules/test-support/builder.js';

describe('newOptionalGroup', () => {
  it('starts an HPA at the replicas running today (at least 2), three times that at most, 70% CPU', () => {
    const hpaSchema = workloadPropsSchema.shape.hpa.unwrap();
    expect(newOptionalGroup('workload', 'hpa', { replicas: 3 }, hpaSchema)).toEqual({
      minReplicas: 3,
      maxReplicas: 9,
      targetCpuPercent: 70,
    });
    expect(newOptionalGroup('workload', 'hpa', { replicas: 1 }, hpaSchema)).toEqual({
      minReplicas: 2,
      maxReplicas: 6,
      targetCpuPercent: 70,
    });
  });

  it('adds an HPA to a workload without one and raises no finding', () => {
    const { b, workload } = baselineBuilder();
    delete workload.props.hpa;
    const before = validateDesign(b.build()).map((d) => d.ruleId);
    workload.props.hpa = workloadPropsSchema.shape.hpa
      .unwrap()
      .parse(newOptionalGroup('workload', 'hpa', workload.props, workloadPropsSchema.shape.hpa.unwrap()));
    expect(validateDesign(b.build()).map((d) => d.ruleId)).toEqual(before);
  });

  it('starts a volume on EBS for a StatefulSet or a single Pod, on EFS when several Pods share it', () => {
    const schema = workloadPropsSchema.shape.volume.unwrap();
    const storage = (props: Record<string, unknown>) =>
      (newOptionalGroup('workload', 'volume', props, schema) as { storage: string }).storage;
    expect(newOptionalGroup('workload', 'volume', { workloadKind: 'StatefulSet', replicas: 3 }, schema)).toEqual({
      storage: 'ebs',
      sizeGiB: 20,
      mountPath: '/data',
    });
    expect(storage({ workloadKind: 'Deployment', replicas: 1 })).toBe('ebs');
    expect(storage({ workloadKind: 'Deployment', replicas: 3 })).toBe('efs');
    expect(storage({ workloadKind: 'Deployment', replicas: 1, hpa: { maxReplicas: 4 } })).toBe('efs');
    expect(storage({ workloadKind: 'DaemonSet', replicas: 1 })).toBe('efs');
  });

  it('adds a volume to a StatefulSet in a cluster with the EBS CSI driver and raises nothing about the volume itself', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.ebsCsiDriver = true;
    const db = b.workload(nodeGroup, { workloadKind: 'StatefulSet', replicas: 3 });
    const before = validateDesign(b.build()).map((d) => d.ruleId);
    const schema = workloadPropsSchema.shape.volume.unwrap();
    db.props.volume = schema.parse(newOptionalGroup('workload', 'volume', db.props, schema));
    // The baseline's Cluster Autoscaler over a three-zone group is the one thing an EBS volume adds to think about.
    expect(validateDesign(b.build()).map((d) => d.ruleId)).toEqual([...before, 'ng.ebs-multi-az-ca'].sort());
  });

  it("falls back to the group schema's own defaults", () => {
    expect(newOptionalGroup('cluster', 'addons', {}, addonsSchema)).toEqual(addonsSchema.parse({}));
  });
});
