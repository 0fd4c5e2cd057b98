import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** From 1.28 EKS envelope-encrypts secrets with an AWS owned key even without a customer key. */
function hasDefaultEnvelopeEncryption(version: string): boolean {
  const m = /^(\d+)\.(\d+)$/.exec(version);
  return m !== null && (Number(m[1]) > 1 || Number(m[2]) >= 28);
}

export const secretsEncryption = defineRule({
  id: 'cluster.secrets-encryption',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
  text: {
    en: {
      message:
        'Kubernetes secrets of cluster {{cluster}} are not envelope-encrypted with your own KMS key (checkov CKV_AWS_58); from 1.28 EKS encrypts them with an AWS owned key, which you cannot rotate or audit.',
      fix: 'Set a customer managed KMS key for secrets encryption of {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes シークレットはカスタマーマネージドキー（KMS）でエンベロープ暗号化されていません（checkov CKV_AWS_58）。1.28 以降 EKS は AWS 所有のキーで暗号化しますが、そのキーはローテーションや監査ができません。',
      fix: '{{cluster}} のシークレット暗号化にカスタマーマネージドキー（KMS）を設定してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      if (c.props.secretsEncryptionKeyArn !== '') continue;
      findings.push({
        partIds: [c.id],
        params: { cluster: c.name },
        severity: hasDefaultEnvelopeEncryption(c.props.version) ? ('info' as const) : ('warning' as const),
      });
    }
    return findings;
  },
});
