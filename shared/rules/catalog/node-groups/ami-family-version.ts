import { defineConfigRule } from '../../config-rule.js';
import { amiFamilyOf, clusterMinor, configNodeGroups, nonEmpty } from './config-node-groups.js';

/** Kubernetes minors eksctl resolves an EKS AMI for, per family (pkg/ami/ssm_resolver.go), and its message. */
const RANGES: Partial<Record<string, { min: number; max?: number; message: (family: string) => string }>> = {};
const from = (min: number, families: string[], message: (family: string) => string) => {
  for (const f of families) RANGES[f] = { min, message };
};
const ubuntuMin = (min: number) => (family: string) => `${family} requires EKS version greater or equal than 1.${min}`;
from(29, ['Ubuntu2204', 'UbuntuPro2204'], ubuntuMin(29));
from(31, ['Ubuntu2404', 'UbuntuPro2404'], ubuntuMin(31));
from(35, ['Ubuntu2604', 'UbuntuPro2604'], ubuntuMin(35));
from(
  23,
  ['WindowsServer2022FullContainer', 'WindowsServer2022CoreContainer'],
  (f) => `Windows Server 2022 ${f.endsWith('FullContainer') ? 'Full' : 'Core'} requires EKS version 1.23 and above`,
);
from(
  35,
  ['WindowsServer2025FullContainer', 'WindowsServer2025CoreContainer'],
  (f) => `Windows Server 2025 ${f.endsWith('FullContainer') ? 'Full' : 'Core'} requires EKS version 1.35 and above`,
);
for (const [family, min] of [
  ['Ubuntu2004', 21],
  ['UbuntuPro2004', 27],
] as const)
  RANGES[family] = {
    min,
    max: 29,
    message: (f) => `${f} requires EKS version greater or equal than 1.${min} and lower than 1.29`,
  };

/**
 * eksctl-rules.md #49: Ubuntu and Windows families have EKS AMIs only for some Kubernetes versions; eksctl
 * fails to resolve one otherwise. A custom `ami` is not looked up, so it is not checked.
 */
export const amiFamilyVersion = defineConfigRule({
  id: 'eksctl.ami-family-version',
  severity: 'error',
  area: 'node-groups',
  eksctl: [49],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ami/ssm_resolver.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses {{amiFamily}}, which has EKS AMIs only for Kubernetes {{versions}}; the cluster runs {{version}} ("{{eksctlMessage}}").',
      fix: 'Change the cluster version to one {{amiFamily}} supports, or choose AmazonLinux2023 or Bottlerocket.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} の {{amiFamily}} には Kubernetes {{versions}} の EKS AMI しかありませんが、クラスターは {{version}} です (「{{eksctlMessage}}」)。',
      fix: 'クラスターのバージョンを {{amiFamily}} が対応するものに変えるか、AmazonLinux2023 または Bottlerocket を選んでください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const minor = clusterMinor(config);
    if (minor === undefined) return [];
    return configNodeGroups(config).flatMap((g) => {
      const family = amiFamilyOf(g.ng);
      const range = RANGES[family];
      if (range === undefined || nonEmpty(g.ng['ami'])) return [];
      if (minor >= range.min && (range.max === undefined || minor <= range.max)) return [];
      const versions = range.max === undefined ? `>= 1.${range.min}` : `1.${range.min} - 1.${range.max}`;
      return [
        {
          path: g.at('amiFamily'),
          params: { nodeGroup: g.name, amiFamily: family, versions, version: `1.${minor}`, eksctlMessage: range.message(family) },
        },
      ];
    });
  },
});
