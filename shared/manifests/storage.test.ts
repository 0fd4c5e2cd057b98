/**
 * What a workload's volume becomes: a StorageClass per provisioner the cluster's workloads use, a claim per Pod of a
 * StatefulSet (volumeClaimTemplates) or one PersistentVolumeClaim for any other kind, and the mount. EBS is
 * ReadWriteOnce (a volume attaches to one node), EFS ReadWriteMany; EKS Auto Mode provisions EBS itself with
 * `ebs.csi.eks.amazonaws.com` (https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html).
 */
import { describe, expect, it } from 'vitest';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';
import type { WorkloadVolume } from '../model/workload-volume.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { generateManifests } from './index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EBS: WorkloadVolume = { storage: 'ebs', sizeGiB: 50, mountPath: '/var/lib/postgresql/data' };
const EFS: WorkloadVolume = { storage: 'efs', sizeGiB: 5, mountPath: '/shared' };

function manifests(opts: { autoMode?: boolean; onCluster?: boolean }, ...workloads: Record<string, unknown>[]) {
  const b = new DesignBuilder('storage');
  const vpc = b.vpc({ cidr: '10.0.0.0/16' });
  const cluster = b.cluster(vpc, {
    version: '1.35',
    addons: { ebsCsiDriver: !opts.autoMode, efsCsiDriver: true },
    ...(opts.autoMode ? { extra: { autoModeConfig: { enabled: true } } } : {}),
  });
  const ng = b.managedNodeGroup(cluster);
  for (const { name, ...props } of workloads)
    b.add('workload', { parent: opts.onCluster ? cluster : ng, name: String(name), props });
  const set = generateManifests(b.build());
  const all = set.files.flatMap((f) => f.objects) as Json[];
  for (const f of set.files) expect(f.objects.flatMap(validateObjectFor('1.35'))).toEqual([]);
  return { set, all, byKind: (kind: string) => all.filter((o) => o.kind === kind) };
}

describe('a workload volume in the manifests', () => {
  it('gives a StatefulSet a claim template per Pod from an encrypted gp3 class of the EBS CSI driver', () => {
    const { set, byKind } = manifests({}, { name: 'db', workloadKind: 'StatefulSet', replicas: 3, volume: EBS });
    const [sc] = byKind('StorageClass');
    expect(sc).toEqual({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'ebs-gp3' },
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3', encrypted: 'true' },
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    });
    expect(set.files.find((f) => f.objects.includes(sc as never))!.path).toBe('manifests/00-storageclasses.yaml');
    const [sts] = byKind('StatefulSet');
    expect(sts!.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'ebs-gp3', resources: { requests: { storage: '50Gi' } } },
      },
    ]);
    const pod = sts!.spec.template.spec;
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/postgresql/data' }]);
    expect(pod.volumes).toBeUndefined();
    expect(byKind('PersistentVolumeClaim')).toEqual([]);
    expect(set.placeholders).toEqual([]);
  });

  it("uses Auto Mode's provisioner, limited to Auto Mode nodes, for a workload on Auto Mode nodes only", () => {
    const { byKind } = manifests({ autoMode: true, onCluster: true }, { name: 'db', workloadKind: 'StatefulSet', volume: EBS });
    expect(byKind('StorageClass')).toEqual([
      expect.objectContaining({
        metadata: { name: 'auto-ebs-gp3' },
        provisioner: 'ebs.csi.eks.amazonaws.com',
        allowedTopologies: [{ matchLabelExpressions: [{ key: 'eks.amazonaws.com/compute-type', values: ['auto'] }] }],
      }),
    ]);
    expect(byKind('StatefulSet')[0]!.spec.volumeClaimTemplates[0].spec.storageClassName).toBe('auto-ebs-gp3');
    // On a node group of the same cluster the nodes are not Auto Mode's: the EBS CSI driver's class.
    const onGroup = manifests({ autoMode: true }, { name: 'db', workloadKind: 'StatefulSet', volume: EBS });
    expect(onGroup.byKind('StorageClass')[0]!.provisioner).toBe('ebs.csi.aws.com');
  });

  it('gives other kinds one claim, written before the Pods that mount it; a Deployment on EBS is recreated, not rolled', () => {
    const { set, byKind } = manifests({}, { name: 'web', workloadKind: 'Deployment', replicas: 1, volume: EBS });
    const file = set.files.find((f) => f.path === 'manifests/default/web.yaml')!;
    expect(file.objects.map((o) => o.kind)).toEqual(['PersistentVolumeClaim', 'Deployment', 'Service']);
    const [pvc] = byKind('PersistentVolumeClaim');
    expect(pvc!.metadata).toEqual({ name: 'web-data', namespace: 'default', labels: { 'app.kubernetes.io/name': 'web' } });
    expect(pvc!.spec.accessModes).toEqual(['ReadWriteOnce']);
    const deployment = byKind('Deployment')[0]!;
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(deployment.spec.template.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'web-data' } }]);
    expect(file.yaml).toMatch(/# Recreate: the old Pod releases the EBS volume/);
  });

  it('shares an EFS access point ReadWriteMany, from a class whose file system id is a placeholder the YAML explains', () => {
    const { set, byKind } = manifests(
      {},
      { name: 'media', workloadKind: 'Deployment', replicas: 3, volume: EFS },
      { name: 'logs', workloadKind: 'DaemonSet', volume: EFS },
      { name: 'report', workloadKind: 'CronJob', volume: EFS },
    );
    expect(byKind('StorageClass')).toEqual([
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'efs' },
        provisioner: 'efs.csi.aws.com',
        parameters: { provisioningMode: 'efs-ap', fileSystemId: '${EFS_FILE_SYSTEM_ID}', directoryPerms: '700' },
      },
    ]);
    expect(set.placeholders).toContain('${EFS_FILE_SYSTEM_ID}');
    const yaml = set.files.find((f) => f.path === 'manifests/00-storageclasses.yaml')!.yaml;
    expect(yaml).toMatch(/Placeholder: \$\{EFS_FILE_SYSTEM_ID\}.*mount target in every subnet of the nodes.*NFS \(TCP 2049\)/);
    expect(byKind('PersistentVolumeClaim').map((c) => [c.metadata.name, c.spec.accessModes[0], c.spec.storageClassName])).toEqual(
      [
        ['logs-data', 'ReadWriteMany', 'efs'],
        ['media-data', 'ReadWriteMany', 'efs'],
        ['report-data', 'ReadWriteMany', 'efs'],
      ],
    );
    expect(byKind('Deployment')[0]!.spec.strategy).toBeUndefined();
    const cron = byKind('CronJob')[0]!.spec.jobTemplate.spec.template.spec;
    expect(cron.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'report-data' } }]);
    expect(cron.containers[0].volumeMounts).toEqual([{ name: 'data', mountPath: '/shared' }]);
  });

  it('writes no storage at all for workloads without a volume', () => {
    const { set, all } = manifests({}, { name: 'db', workloadKind: 'StatefulSet' });
    expect(all.filter((o) => o.kind === 'StorageClass' || o.kind === 'PersistentVolumeClaim')).toEqual([]);
    expect(JSON.stringify(set.files)).not.toMatch(/volume/i);
  });

  it('says it in Japanese too', () => {
    const b = new DesignBuilder('storage');
    const cluster = b.cluster(b.vpc({ cidr: '10.0.0.0/16' }), { addons: { efsCsiDriver: true } });
    b.add('workload', { parent: b.managedNodeGroup(cluster), name: 'media', props: { volume: EFS } });
    const yaml = generateManifests(b.build(), { lang: 'ja' })
      .files.map((f) => f.yaml)
      .join('\n');
    expect(yaml).toMatch(/プレースホルダー: \$\{EFS_FILE_SYSTEM_ID\}.*マウントターゲット.*TCP 2049/);
  });
});
