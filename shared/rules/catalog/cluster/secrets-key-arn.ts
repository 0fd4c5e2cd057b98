import { defineRule } from '../../define.js';
import { parseArn } from './kms-arn.js';

export const secretsKeyArn = defineRule({
  id: 'eksctl.secrets-key-arn',
  severity: 'error',
  area: 'cluster',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'The secrets encryption key of cluster {{cluster}} is "{{arn}}", which is not an ARN; eksctl refuses it ("invalid ARN in secretsEncryption.keyARN").',
      fix: 'Enter the full KMS key ARN, e.g. arn:aws:kms:{{region}}:111122223333:key/<key-id>, or clear the field.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のシークレット暗号化キーは「{{arn}}」で、ARN ではありません。eksctl はこれを受け付けません。',
      fix: 'KMS キーの完全な ARN（例: arn:aws:kms:{{region}}:111122223333:key/<キー ID>）を入力するか、空にしてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((c) => {
      const arn = c.props.secretsEncryptionKeyArn;
      if (arn === '' || parseArn(arn)) return [];
      return [{ partIds: [c.id], params: { cluster: c.name, arn, region: c.props.region } }];
    });
  },
});
