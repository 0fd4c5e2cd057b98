import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { parseArn } from './kms-arn.js';

export const kmsKeyRequirements = defineRule({
  id: 'cluster.kms-key-requirements',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
  text: {
    en: {
      message:
        'The secrets encryption key of cluster {{cluster}} ({{arn}}) is not a KMS key in the Region of the cluster ({{region}}); EKS needs a symmetric KMS key in the same Region.',
      fix: 'Use a symmetric customer managed KMS key in {{region}}. Encryption cannot be turned off once on, and deleting the key breaks the cluster for good.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のシークレット暗号化キー（{{arn}}）は、クラスターのリージョン（{{region}}）の KMS キーではありません。EKS では同じリージョンの対称 KMS キーが必要です。',
      fix: '{{region}} の対称のカスタマーマネージドキー（KMS）を使ってください。暗号化は一度有効にすると無効にできず、キーを削除するとクラスターは回復できなくなります。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const arn = parseArn(c.props.secretsEncryptionKeyArn);
      // No key, or text that is no ARN at all (eksctl.secrets-key-arn reports that).
      if (!arn) continue;
      if (arn.service === 'kms' && arn.region === c.props.region) continue;
      findings.push({
        partIds: [c.id],
        params: { cluster: c.name, arn: c.props.secretsEncryptionKeyArn, region: c.props.region },
      });
    }
    return findings;
  },
});
