import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';
import { parseArn } from './kms-arn.js';

/** eksctl-rules.md #79, eksctl `ValidateSecretsEncryption`: `secretsEncryption.keyARN` is set and an ARN. */
export const secretsKeyArn = defineConfigRule({
  id: 'eksctl.secrets-key-arn',
  severity: 'error',
  area: 'cluster',
  eksctl: [79],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'The secrets encryption key of cluster {{cluster}} is "{{arn}}", which is not an ARN; eksctl refuses it ("{{problem}}").',
      fix: 'Enter the full KMS key ARN, e.g. arn:aws:kms:{{region}}:111122223333:key/<key-id>, or clear the field.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のシークレット暗号化キーは「{{arn}}」で、ARN ではありません。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'KMS キーの完全な ARN（例: arn:aws:kms:{{region}}:111122223333:key/<キー ID>）を入力するか、空にしてください。',
    },
  },
  needs: ['secretsEncryption'],
  checkConfig({ config }) {
    const se: unknown = config.secretsEncryption;
    if (se === undefined || se === null) return [];
    const arn = isObj(se) ? se['keyARN'] : undefined;
    const region = typeof config.metadata?.region === 'string' ? config.metadata.region : 'us-east-1';
    const path = ['secretsEncryption', 'keyARN'];
    if (typeof arn !== 'string' || arn === '')
      return [
        {
          path,
          params: { arn: '', region, problem: 'field secretsEncryption.keyARN is required for enabling secrets encryption' },
        },
      ];
    if (parseArn(arn)) return [];
    return [{ path, params: { arn, region, problem: `invalid ARN in secretsEncryption.keyARN: "${arn}"` } }];
  },
});
