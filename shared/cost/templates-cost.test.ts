/**
 * Every template, in both priced Regions, against costs worked out by hand: each expected line is the
 * arithmetic of pricing.md's numbers (e.g. 3 x 0.096 x 730), written here, never produced by the estimator.
 * Defaults assumed: 100 GB NAT processing per VPC, 100 GB out per cluster, 1 Cloud Map instance per pod.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate, type TemplateId } from '../../templates/index.js';
import { estimateCost } from './estimate.js';
import { roundCents, sumCents } from './money.js';

const H = 730;

/** The prices each template uses, per Region, typed in from pricing.md (and the few rows added to it). */
interface P {
  cp: number;
  m6iL: number;
  m5L: number;
  m6iXL: number;
  g5XL: number;
  fgCpu: number;
  fgGb: number;
  lbH: number;
  lcu: number;
  nlcu: number;
  natH: number;
  natGb: number;
  dto: number;
  ecr: number;
  zone: number;
  cmInstance: number;
  httpApi: number;
  hybrid: number;
}
const US: P = {
  cp: 0.1,
  m6iL: 0.096,
  m5L: 0.096,
  m6iXL: 0.192,
  g5XL: 1.006,
  fgCpu: 0.04048,
  fgGb: 0.004445,
  lbH: 0.0225,
  lcu: 0.008,
  nlcu: 0.006,
  natH: 0.045,
  natGb: 0.045,
  dto: 0.09,
  ecr: 0.1,
  zone: 0.5,
  cmInstance: 0.1,
  httpApi: 1.0,
  hybrid: 0.02,
};
const TOKYO: P = {
  cp: 0.1,
  m6iL: 0.124,
  m5L: 0.124,
  m6iXL: 0.248,
  g5XL: 1.459,
  fgCpu: 0.05056,
  fgGb: 0.005536,
  lbH: 0.0243,
  lcu: 0.008,
  nlcu: 0.006,
  natH: 0.062,
  natGb: 0.062,
  dto: 0.114,
  ecr: 0.1,
  zone: 0.5,
  cmInstance: 0.1,
  httpApi: 1.29,
  hybrid: 0.02,
};

type Expected = [partId: string, monthly: number][];

const EXPECTED: Record<TemplateId, (p: P) => Expected> = {
  microservices: (p) => [
    ['cluster', 730 * p.cp],
    ['ng-frontend', 3 * p.m6iL * H],
    ['ng-backend', 3 * p.m6iXL * H],
    // Karpenter's nodes: the default assumption, 2 m6i.large on average.
    ['cluster', 2 * p.m6iL * H],
    ['alb', p.lbH * H],
    ['alb', 2 * p.lcu * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-frontend', 5 * p.ecr],
    ['ecr-catalog', 5 * p.ecr],
    ['ecr-orders', 5 * p.ecr],
    ['cloud-map', 1 * p.zone],
    ['cloud-map', (3 + 3) * p.cmInstance],
  ],
  'web-application': (p) => [
    ['cluster', 730 * p.cp],
    ['ng-web', 3 * p.m6iL * H],
    // 250m / 512 MiB + 256 MiB -> 0.25 vCPU / 1 GB, two replicas.
    ['wl-backoffice', 2 * 0.25 * p.fgCpu * H],
    ['wl-backoffice', 2 * 1 * p.fgGb * H],
    ['alb', p.lbH * H],
    ['alb', 2 * p.lcu * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-web', 5 * p.ecr],
    ['ecr-backoffice', 5 * p.ecr],
  ],
  'batch-processing': (p) => [
    ['cluster', 730 * p.cp],
    ['ng-system', 2 * p.m6iL * H],
    ['ng-batch-spot', 0], // desired size 0: no node runs all month...
    // ...but Cluster Autoscaler adds nodes for the 4 + 8 one-vCPU job pods: an m5.large has 2 vCPU less 70m
    // kube-reserved, so one such pod per node, 12 nodes, at spot (0.3 x on-demand) for jobHoursPerMonth (730).
    ['ng-batch-spot', 12 * p.m5L * 0.3 * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-batch', 5 * p.ecr],
  ],
  'machine-learning': (p) => [
    ['cluster', 730 * p.cp],
    ['ng-system', 2 * p.m6iXL * H],
    ['ng-gpu', 3 * p.g5XL * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-inference', 5 * p.ecr],
    ['ecr-trainer', 5 * p.ecr],
  ],
  'api-backend': (p) => [
    ['cluster', 730 * p.cp],
    ['ng-api', 3 * p.m6iL * H],
    ['nlb', p.lbH * H],
    ['nlb', 1 * p.nlcu * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-api', 5 * p.ecr],
    ['ecr-worker', 5 * p.ecr],
    ['api-gateway', 10 * p.httpApi],
  ],
  // A private-only API endpoint keeps the VPC's NAT gateways (one per AZ).
  'hybrid-cloud': (p) => [
    ['cluster', 730 * p.cp],
    ['ng-cloud', 3 * p.m6iL * H],
    ['on-prem', 4 * 8 * p.hybrid * H],
    ['vpc', 3 * p.natH * H],
    ['vpc', 100 * p.natGb],
    ['cluster', 100 * p.dto],
    ['ecr-portal', 5 * p.ecr],
    ['ecr-line-agent', 5 * p.ecr],
  ],
};

const REGIONS: [string, P][] = [
  ['us-east-1', US],
  ['ap-northeast-1', TOKYO],
];

describe.each(Object.keys(EXPECTED) as TemplateId[])('template %s', (id) => {
  it.each(REGIONS)('costs what was worked out by hand in %s', (region, prices) => {
    const estimate = estimateCost(loadTemplate(id).design, { region, today: '2026-11-28' });
    const expected = EXPECTED[id](prices).map(([partId, monthly]) => [partId, roundCents(monthly)]);
    expect(estimate.region).toBe(region);
    expect(estimate.lines.map((l) => [l.partId, l.monthly])).toEqual(expected);
    expect(estimate.monthlyTotal).toBe(sumCents(expected.map(([, m]) => m as number)));
  });
});

describe('worked totals', () => {
  it('microservices in us-east-1 comes to $986.64 a month', () => {
    // 73 + 210.24 + 420.48 + 140.16 (Karpenter) + 16.43 + 11.68 + 98.55 + 4.50 + 9.00 + 3 x 0.50 + 0.50 + 0.60
    const estimate = estimateCost(loadTemplate('microservices').design, { today: '2026-11-28' });
    expect(estimate.monthlyTotal).toBe(986.64);
  });
});
