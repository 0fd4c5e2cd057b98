import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../shared/rules/types.js';
import { buildReport, formatReportText, formatSummary } from './output.js';
import { formatTable } from './table.js';

const twoAz: Diagnostic = {
  ruleId: 'vpc.cluster-subnets-two-azs',
  severity: 'error',
  partIds: ['cluster-1', 'subnet-1'],
  messageKey: 'vpc.cluster-subnets-two-azs.message',
  fixKey: 'vpc.cluster-subnets-two-azs.fix',
  params: { cluster: 'demo', count: 1 },
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets',
};
const unknownRule: Diagnostic = { ...twoAz, ruleId: 'x.unknown', severity: 'warning', partIds: [], params: {} };

describe('buildReport', () => {
  it('renders messages with their params and counts by severity', () => {
    const report = buildReport([twoAz, unknownRule], 'en');
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    expect(report.infos).toBe(0);
    expect(report.diagnostics[0]).toEqual({
      ruleId: 'vpc.cluster-subnets-two-azs',
      severity: 'error',
      message: 'EKS requires the cluster subnets to be in at least two Availability Zones; cluster demo has subnets in 1.',
      fix: 'Add a subnet in a second Availability Zone (ideally three) to the VPC of the cluster.',
      partIds: ['cluster-1', 'subnet-1'],
      source: twoAz.source,
    });
  });
});

describe('formatReportText', () => {
  it('prints one line per finding, its fix below, then the summary', () => {
    const text = formatReportText(buildReport([twoAz, unknownRule], 'en'), 'en');
    expect(text.split('\n')).toEqual([
      'error   vpc.cluster-subnets-two-azs  EKS requires the cluster subnets to be in at least two Availability Zones; cluster demo has subnets in 1. [cluster-1, subnet-1]',
      '        fix: Add a subnet in a second Availability Zone (ideally three) to the VPC of the cluster.',
      'warning x.unknown                    x.unknown',
      '1 error, 1 warning, 0 infos',
      '',
    ]);
  });

  it('labels severity and fix in Japanese with --lang ja (glossary: エラー / 警告 / 情報, 修正方法), aligned', () => {
    const info: Diagnostic = { ...twoAz, severity: 'info' };
    const lines = formatReportText(buildReport([twoAz, unknownRule, info], 'ja'), 'ja').split('\n');
    expect(lines[0]).toMatch(/^エラー {2}vpc\.cluster-subnets-two-azs {2}/);
    expect(lines[1]).toMatch(/^ {8}修正方法: /);
    expect(lines[2]).toMatch(/^警告 {4}x\.unknown {20}x\.unknown$/);
    expect(lines[3]).toMatch(/^情報 {4}vpc\.cluster-subnets-two-azs {2}/);
    expect(lines.join('\n')).not.toMatch(/\b(error|warning|info|fix):? /);
  });

  it('says so when there is nothing to report, in both languages', () => {
    expect(formatReportText(buildReport([], 'en'), 'en')).toBe('No problems found.\n');
    expect(formatSummary(buildReport([], 'ja'), 'ja')).toBe('問題は見つかりませんでした。');
    expect(formatSummary(buildReport([twoAz, twoAz], 'ja'), 'ja')).toBe('エラー 2 件、警告 0 件、情報 0 件');
  });
});

describe('formatTable', () => {
  it('pads every column but the last', () => {
    expect(
      formatTable([
        ['a', 'one'],
        ['long-id', 'two'],
      ]),
    ).toEqual(['a        one', 'long-id  two']);
  });
});
