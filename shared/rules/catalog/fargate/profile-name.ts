import { defineRule } from '../../define.js';

/** EKS CreateFargateProfile name pattern; eksctl additionally reserves the "eks-" prefix. */
const NAME = /^[0-9A-Za-z][A-Za-z0-9_-]*$/;

export const profileName = defineRule({
  id: 'eksctl.fargate-name',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Fargate profile name "{{profile}}" is invalid: it must start with a letter or digit, contain only letters, digits, "-" and "_", and must not start with "eks-".',
      fix: 'Rename the Fargate profile, e.g. "fp-default".',
    },
    ja: {
      message:
        'Fargate プロファイル名「{{profile}}」が無効です。英字か数字で始まり、英数字・「-」・「_」のみを使い、「eks-」で始まらない必要があります。',
      fix: 'Fargate プロファイルの名前を変更してください（例: 「fp-default」）。',
    },
  },
  check(index) {
    return index
      .ofKind('fargate-profile')
      .filter((fp) => !NAME.test(fp.name) || fp.name.startsWith('eks-'))
      .map((fp) => ({ partIds: [fp.id], params: { profile: fp.name } }));
  },
});
