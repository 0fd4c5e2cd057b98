import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/registry.js';
import { japanesePageOf, sourcePages } from './japanese-page.js';

describe('the Japanese page of a source', () => {
  it('puts /ja_jp/ after the host of an AWS documentation page, keeping the anchor', () => {
    expect(japanesePageOf('https://docs.aws.amazon.com/eks/latest/userguide/fargate.html#fargate-gs')).toBe(
      'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/fargate.html#fargate-gs',
    );
    expect(japanesePageOf('https://aws.amazon.com/eks/pricing/')).toBe('https://aws.amazon.com/jp/eks/pricing/');
  });

  it('makes up none for other sites, or for a page that is Japanese already', () => {
    for (const url of [
      'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
      'https://eksctl.io/usage/vpc-configuration/',
      'https://kubernetes.io/docs/concepts/workloads/',
      'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/fargate.html',
      'https://docs.aws.amazon.com.evil.example/eks/x.html',
    ])
      expect(japanesePageOf(url), url).toBeNull();
  });

  it('gives every rule backed by an AWS documentation page its ja_jp twin, and the others only their page', () => {
    const rules = RULES.all();
    const aws = rules.filter((r) => r.source.startsWith('https://docs.aws.amazon.com/'));
    expect(aws.length).toBeGreaterThan(50);
    for (const r of aws) expect(sourcePages(r.source).ja, r.id).toBe(r.source.replace('.com/', '.com/ja_jp/'));
    for (const r of rules.filter((x) => !x.source.includes('amazon.com')))
      expect(sourcePages(r.source), r.id).toEqual({ en: r.source });
  });
});
