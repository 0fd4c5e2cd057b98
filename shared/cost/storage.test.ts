import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { estimateCost } from './estimate.js';
import { renderCostText } from './localize.js';

const today = '2026-11-28';

function design(region: string) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc({ cidr: '10.0.0.0/16' }), { region, version: '1.35' });
  const ng = b.managedNodeGroup(cluster);
  const db = b.workload(ng, {
    workloadKind: 'StatefulSet',
    replicas: 3,
    volume: { storage: 'ebs', sizeGiB: 50, mountPath: '/data' },
  });
  const cache = b.workload(ng, {
    workloadKind: 'Deployment',
    replicas: 1,
    volume: { storage: 'ebs', sizeGiB: 20, mountPath: '/c' },
  });
  const media = b.workload(ng, {
    workloadKind: 'Deployment',
    replicas: 4,
    volume: { storage: 'efs', sizeGiB: 100, mountPath: '/m' },
  });
  const scaled = b.workload(ng, {
    workloadKind: 'StatefulSet',
    replicas: 2,
    hpa: { minReplicas: 2, maxReplicas: 5, targetCpuPercent: 70 },
    volume: { storage: 'ebs', sizeGiB: 10, mountPath: '/d' },
  });
  const plain = b.workload(ng, { workloadKind: 'StatefulSet', replicas: 3 });
  return { design: b.build(), db, cache, media, scaled, plain };
}

describe('volume costs', () => {
  it('a StatefulSet pays replicas x size of gp3, a shared claim its size once, EFS Standard what it stores (us-east-1)', () => {
    const { design: d, db, cache, media, scaled, plain } = design('us-east-1');
    const lines = estimateCost(d, { today }).lines;
    const of = (id: string) => lines.filter((l) => l.partId === id);
    expect(of(db.id)).toMatchObject([
      { item: `EBS gp3 volumes (${db.name})`, quantity: 150, unit: 'GB-month', unitPrice: 0.08, monthly: 12 },
    ]);
    expect(of(cache.id)).toMatchObject([{ quantity: 20, unitPrice: 0.08, monthly: 1.6 }]);
    expect(of(media.id)).toMatchObject([
      { item: `EFS Standard storage (${media.name})`, quantity: 100, unitPrice: 0.3, monthly: 30, estimate: true },
    ]);
    // Claims an HPA scale-up creates outlive the scale-down.
    expect(of(scaled.id)).toMatchObject([{ quantity: 50, monthly: 4 }]);
    expect(of(plain.id)).toEqual([]);
    expect(of(db.id)[0]!.note).toMatch(/3 volume\(s\), one per Pod of the StatefulSet .* x 50 GiB/);
  });

  it('uses the Tokyo prices and says it in Japanese', () => {
    const { design: d, db, media } = design('ap-northeast-1');
    const lines = estimateCost(d, { today }).lines;
    expect(lines.find((l) => l.partId === db.id)).toMatchObject({ unitPrice: 0.096, monthly: 14.4 });
    const efs = lines.find((l) => l.partId === media.id)!;
    expect(efs).toMatchObject({ unitPrice: 0.36, monthly: 36 });
    expect(renderCostText(efs.text!.item, 'ja')).toBe(`EFS 標準ストレージ（${media.name}）`);
  });
});
