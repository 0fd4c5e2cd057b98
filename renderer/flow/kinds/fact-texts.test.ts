import { describe, expect, it } from 'vitest';
import { TEMPLATES, loadTemplate } from '../../../templates/index.js';
import { keyFacts } from '../facts.js';

/**
 * Latin words a Japanese card may show: AWS and Kubernetes names and values as AWS writes them. Anything
 * else in Latin letters on a Japanese card is English the translation missed.
 */
const NAMES = new Set([
  'NAT',
  'AZ',
  'IP',
  'VPN',
  'Direct',
  'Connect',
  'HTTP',
  'REST',
  'API',
  'DNS_PRIVATE',
  'DNS_PUBLIC',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

/** Words of Latin letters that are not values from the design (names, CIDRs, instance types, regions, versions). */
function englishWords(fact: string, designValues: ReadonlySet<string>): string[] {
  return fact.split(/[\s·/、,()（）]+/).filter((w) => /[A-Za-z]/.test(w) && !NAMES.has(w) && !designValues.has(w));
}

describe('card facts', () => {
  it('are the same English words as before (sizes, replicas, Spot)', () => {
    const facts = loadTemplate('batch-processing').design.parts.flatMap((p) => keyFacts(p, 'en'));
    expect(facts.some((f) => /^min \d+ \/ desired \d+ \/ max \d+$/.test(f))).toBe(true);
    expect(facts.some((f) => f.endsWith(' · Spot'))).toBe(true);
    expect(facts.some((f) => /^\d+ replicas?$/.test(f))).toBe(true);
  });

  it('are Japanese in Japanese: sizes, replicas, Spot, access, scheme, NAT', () => {
    const ms = loadTemplate('microservices').design.parts;
    const of = (id: string) =>
      keyFacts(
        ms.find((p) => p.id === id)!,
        'ja',
      );
    const ng = ms.find((p) => p.kind === 'managed-node-group')!;
    expect(of(ng.id)[1]).toMatch(/^最小 \d+ \/ 希望 \d+ \/ 最大 \d+$/);
    const wl = ms.find((p) => p.kind === 'workload')!;
    expect(of(wl.id)[1]).toMatch(/^レプリカ数 \d+$/);
    const alb = ms.find((p) => p.kind === 'alb')!;
    expect(of(alb.id)[0]).toMatch(/^インターネット向け · (IP|インスタンス)ターゲット|^インターネット向け · IP ターゲット$/);
    const subnet = ms.find((p) => p.kind === 'subnet')!;
    expect(of(subnet.id)[0]).toMatch(/^(パブリック|プライベート) · /);
    const batch = loadTemplate('batch-processing').design.parts;
    expect(batch.flatMap((p) => keyFacts(p, 'ja')).some((f) => f.endsWith(' · スポット'))).toBe(true);
  });

  it('show no English word in Japanese on any part of any template', () => {
    const found: string[] = [];
    for (const tpl of TEMPLATES) {
      for (const part of loadTemplate(tpl.id).design.parts) {
        const props = part.props as Record<string, unknown>;
        // Values the user typed or picked (names, CIDRs, instance types, regions, repository names).
        const values = new Set(
          Object.values(props)
            .flatMap((v) => (Array.isArray(v) ? v : [v]))
            .flatMap((v) => (typeof v === 'string' ? [v, ...v.split('/')] : [])),
        );
        for (const s of (props.selectors as { namespace: string }[] | undefined) ?? []) values.add(s.namespace);
        for (const fact of keyFacts(part, 'ja')) {
          const words = englishWords(fact.replace(/^v[\d.]+/, ''), values);
          if (words.length > 0) found.push(`${tpl.id}/${part.id}: ${fact} (${words.join(', ')})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
