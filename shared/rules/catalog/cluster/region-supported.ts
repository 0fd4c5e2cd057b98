import { defineRule } from '../../define.js';

/**
 * Regions eksctl accepts (`SupportedRegions()` in eksctl 99984adb, 2026-08-21). Source:
 * https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/types.go
 */
export const EKSCTL_REGIONS: ReadonlySet<string> = new Set([
  'us-west-1',
  'us-west-2',
  'us-east-1',
  'us-east-2',
  'ca-central-1',
  'ca-west-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-north-1',
  'eu-central-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-south-1',
  'ap-south-2',
  'ap-east-1',
  'ap-east-2',
  'me-central-1',
  'me-south-1',
  'sa-east-1',
  'af-south-1',
  'cn-northwest-1',
  'cn-north-1',
  'il-central-1',
  'mx-central-1',
  'us-gov-west-1',
  'us-gov-east-1',
  'us-iso-east-1',
  'us-iso-west-1',
  'us-isob-east-1',
  'us-isob-west-1',
  'us-isof-south-1',
  'us-isof-east-1',
  'eu-isoe-west-1',
]);

export const regionSupported = defineRule({
  id: 'eksctl.region-supported',
  severity: 'error',
  area: 'cluster',
  eksctl: [5, 7],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/types.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is in Region "{{region}}", which eksctl does not support ("--region={{region}} is not supported").',
      fix: 'Choose an AWS Region code such as us-east-1 or ap-northeast-1 for cluster {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のリージョン「{{region}}」は eksctl でサポートされていません（「--region={{region}} is not supported」）。',
      fix: 'クラスター {{cluster}} に us-east-1 や ap-northeast-1 などの AWS リージョンコードを指定してください。',
    },
  },
  check(index) {
    return index
      .ofKind('cluster')
      .filter((c) => !EKSCTL_REGIONS.has(c.props.region))
      .map((c) => ({ partIds: [c.id], params: { cluster: c.name, region: c.props.region } }));
  },
});
