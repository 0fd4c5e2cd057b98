/**
 * A Spot Karpenter cluster gets its interruption queue: cluster.yaml asks eksctl for it, and the bundle points
 * Karpenter at it where eksctl passes the name in a key Karpenter 0.33+ does not read (eksctl issue #7697).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { planDeployment } from './plan.js';
import { deploySteps } from './steps.js';
import { bundleOf, loadTemplate, VARIANT_BUNDLES, withSpotKarpenter } from './test-support/templates.js';

const chartDefaults = parse(readFileSync(new URL('charts/karpenter.values.yaml', import.meta.url), 'utf8')) as {
  settings: Record<string, unknown>;
};

function spotMicroservices(karpenterVersion?: string): Design {
  const design = withSpotKarpenter(loadTemplate('microservices'));
  if (karpenterVersion)
    for (const part of design.parts) if (part.kind === 'cluster') part.props.addons.karpenterVersion = karpenterVersion;
  return design;
}

const karpenterOf = (bundle: ReturnType<typeof bundleOf>) => bundle.plan.controllers.find((c) => c.id === 'karpenter')!;
const clusterYamlOf = (bundle: ReturnType<typeof bundleOf>) => bundle.files.find((f) => f.path === 'cluster.yaml')!.content;

describe('Spot Karpenter interruption queue', () => {
  const bundle = VARIANT_BUNDLES['microservices-karpenter-spot']!('en');
  const clusterYaml = clusterYamlOf(bundle);
  const config = parse(clusterYaml) as { metadata: { name: string }; karpenter: Record<string, unknown> };
  const karpenter = karpenterOf(bundle);
  const steps = deploySteps(bundle.plan, []);

  it('asks eksctl for the queue, which eksctl names after the cluster, and sets that name in the chart value Karpenter reads', () => {
    expect(config.karpenter).toEqual({ version: '1.14.1', withSpotInterruptionQueue: true });
    expect(karpenter.upgradeAfterEksctl!.set).toEqual([{ key: 'settings.interruptionQueue', value: config.metadata.name }]);
    expect(karpenter.values['settings']).toEqual({ clusterName: config.metadata.name, interruptionQueue: config.metadata.name });
    // A key of the pinned chart (Helm ignores unknown keys without a word), and not eksctl's interruptionQueueName.
    expect(chartDefaults.settings).toHaveProperty('interruptionQueue', '');
    expect(chartDefaults.settings).not.toHaveProperty('interruptionQueueName');
  });

  it('upgrades eksctl’s release right after eksctl’s installs are running, keeping its values, and checks the env var', () => {
    const i = steps.findIndex((s) => s.title.en === 'Check what eksctl installed');
    const step = steps[i + 1]!;
    expect(step.title).toEqual({ en: 'Point Karpenter at its interruption queue', ja: 'Karpenter に中断キューを設定する' });
    expect(step.commands).toEqual([
      'helm upgrade karpenter oci://public.ecr.aws/karpenter/karpenter --version 1.14.1 \\\n' +
        '  --namespace karpenter --reuse-values --set settings.interruptionQueue=shop-microservices --wait --timeout 10m',
    ]);
    expect(step.checks.at(-1)).toContain('"INTERRUPTION_QUEUE"');
    expect(step.checks.at(-1)).toMatch(/\| grep -qxF shop-microservices$/);
  });

  it('tells whoever deploys with cluster.yaml alone the same command, in a comment on the field', () => {
    expect(clusterYaml).toMatch(
      /# .*#7697.*\n(\s*# .*\n)*\s*# helm upgrade karpenter oci:\/\/public\.ecr\.aws\/karpenter\/karpenter --version 1\.14\.1 --namespace karpenter \\\n\s*# {3}--reuse-values --set settings\.interruptionQueue=shop-microservices --wait\n\s*withSpotInterruptionQueue: true/,
    );
  });

  it('needs no upgrade for a Karpenter before 0.33, which reads the name where eksctl puts it', () => {
    // Forced: Karpenter 0.32 does not run on the template's Kubernetes (as.karpenter-kubernetes-version).
    const { yaml, config: oldConfig } = exportEksctlYaml(spotMicroservices('v0.32.1'), { ctx: TEST_CONTEXT, force: true });
    expect(oldConfig.karpenter).toEqual({ version: 'v0.32.1', withSpotInterruptionQueue: true });
    expect(yaml).not.toContain('settings.interruptionQueue');
    const { plan } = planDeployment(spotMicroservices('v0.32.1'));
    expect(plan.controllers.find((c) => c.id === 'karpenter')!.upgradeAfterEksctl).toBeUndefined();
  });

  it('asks for no queue for On-Demand Karpenter, and follows an imported file that has or declines one', () => {
    const onDemand = bundleOf(loadTemplate('microservices'));
    expect(onDemand.config.karpenter).toEqual({ version: '1.14.1' });
    expect(karpenterOf(onDemand).upgradeAfterEksctl).toBeUndefined();

    const fixture = readFileSync(new URL('../rules/fixtures/valid/s9-karpenter-spot-queue.yaml', import.meta.url), 'utf8');
    const withQueue = bundleOf(importEksctlYaml(fixture).document.design);
    expect(karpenterOf(withQueue).upgradeAfterEksctl!.set).toEqual([
      { key: 'settings.interruptionQueue', value: 'karpenter-queue' },
    ]);
    expect(clusterYamlOf(withQueue)).toContain('--set settings.interruptionQueue=karpenter-queue --wait');

    const declined = importEksctlYaml(fixture.replace('withSpotInterruptionQueue: true', 'withSpotInterruptionQueue: false'));
    const cluster = declined.document.design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
    cluster.props.addons.karpenterCapacity.capacityType = 'SPOT';
    const kept = bundleOf(declined.document.design);
    expect(kept.config.karpenter!.withSpotInterruptionQueue).toBe(false);
    expect(karpenterOf(kept).upgradeAfterEksctl).toBeUndefined();
  });

  it('leaves the service account to eksctl unless karpenter.createServiceAccount hands it to the chart', () => {
    expect(karpenter.values['serviceAccount']).toEqual({ create: false, name: 'karpenter' });
    expect(karpenter.serviceAccount!.createdBy).toBe('eksctl');
    const fixture = readFileSync(new URL('../rules/fixtures/valid/s9-karpenter-spot-queue.yaml', import.meta.url), 'utf8');
    const chart = karpenterOf(bundleOf(importEksctlYaml(fixture).document.design));
    expect(chart.values['serviceAccount']).toEqual({ create: true, name: 'karpenter' });
    expect(chart.serviceAccount!.createdBy).toBe('chart');
  });
});
