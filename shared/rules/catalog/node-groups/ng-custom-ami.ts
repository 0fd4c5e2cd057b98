import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  amiFamilyOf,
  configNodeGroups,
  EKSCTL_VALIDATION_SOURCE,
  isAmazonLinux,
  isBottlerocket,
  isUbuntu,
  isWindows,
  nonEmpty,
  num,
  obj,
} from './config-node-groups.js';

const MNG_CUSTOM_AMI_FAMILIES =
  'AmazonLinux2023, AmazonLinux2, Bottlerocket, BottlerocketFips, UbuntuPro2604, Ubuntu2604, UbuntuPro2404, Ubuntu2404, UbuntuPro2204, Ubuntu2204, UbuntuPro2004, Ubuntu2004';

/**
 * eksctl-rules.md #43 (managed) and #57 (self-managed): a custom `ami` needs an explicit amiFamily and, unless
 * the family bootstraps itself (AL2023, Bottlerocket, Windows for self-managed), an overrideBootstrapCommand;
 * a managed group takes overrideBootstrapCommand only with a custom AMI or AL2023.
 */
export const ngCustomAmi = defineConfigRule({
  id: 'eksctl.ng-custom-ami',
  severity: 'error',
  area: 'node-groups',
  eksctl: [43, 57],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses a custom AMI or bootstrap command eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'With a custom ami (ami-...), set amiFamily and, unless it is AmazonLinux2023 or Bottlerocket, an overrideBootstrapCommand; without one, leave overrideBootstrapCommand out.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のカスタム AMI またはブートストラップコマンドは {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'カスタム ami (ami-...) を使う場合は amiFamily を設定し、AmazonLinux2023 と Bottlerocket 以外では overrideBootstrapCommand も指定してください。カスタム AMI を使わない場合は overrideBootstrapCommand を外してください。',
    },
  },
  needs: [
    'managedNodeGroups[].ami',
    'nodeGroups[].ami',
    'managedNodeGroups[].overrideBootstrapCommand',
    'nodeGroups[].overrideBootstrapCommand',
  ],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const ami = g.ng['ami'];
      const family = amiFamilyOf(g.ng);
      const override = g.ng['overrideBootstrapCommand'] !== undefined && g.ng['overrideBootstrapCommand'] !== null;
      const explicitAmi =
        'when using a custom AMI, amiFamily needs to be explicitly set via config file or via --node-ami-family flag';
      const needsOverride = `${g.label}.overrideBootstrapCommand is required when using a custom AMI based on ${family} (${g.label}.ami)`;
      if (!g.managed) {
        if (!nonEmpty(ami)) return [];
        if (family === '') return g.finding(['ami'], explicitAmi);
        if (!override && family !== 'AmazonLinux2023' && !isBottlerocket(family) && !isWindows(family))
          return g.finding(['ami'], needsOverride);
        // After validation eksctl resolves the AMI (pkg/eks/api.go ResolveAMI): an id (ami-...) is used as is,
        // auto and auto-ssm name a resolver, anything else is refused.
        if (!ami.startsWith('ami-') && ami !== 'auto' && ami !== 'auto-ssm')
          return g.finding(['ami'], `invalid AMI value: "${ami}"`);
        return [];
      }
      // A launch template owns the AMI: eksctl.mng-launch-template speaks for it.
      if (g.ng['launchTemplate'] !== undefined) return [];
      if (nonEmpty(ami)) {
        if (!ami.startsWith('ami-')) return g.finding(['ami'], `invalid AMI "${ami}" (${g.label}.ami)`);
        if (family === '') return g.finding(['ami'], explicitAmi);
        if (!isAmazonLinux(family) && !isBottlerocket(family) && !isUbuntu(family))
          return g.finding(
            ['amiFamily'],
            `cannot set amiFamily to ${family} when using a custom AMI for managed nodes, only ${MNG_CUSTOM_AMI_FAMILIES} are supported`,
          );
        if (!override && family !== 'AmazonLinux2023' && !isBottlerocket(family)) return g.finding(['ami'], needsOverride);
        const notWithAmi = (field: string) => `${g.label}.${field} is not supported when using a custom AMI (${g.label}.ami)`;
        if ((num(g.ng['maxPodsPerNode']) ?? 0) !== 0) return g.finding(['maxPodsPerNode'], notWithAmi('maxPodsPerNode'));
        if (obj(g.ng['ssh'])['enableSsm'] === true) return g.finding(['ssh', 'enableSsm'], notWithAmi('enableSSM'));
        if (nonEmpty(g.ng['releaseVersion'])) return g.finding(['releaseVersion'], notWithAmi('releaseVersion'));
        return [];
      }
      // Without a custom AMI the family defaults to AmazonLinux2023, which takes a bootstrap override.
      if (override && family !== '' && family !== 'AmazonLinux2023' && !isBottlerocket(family) && !isWindows(family))
        return g.finding(
          ['overrideBootstrapCommand'],
          `${g.label}.overrideBootstrapCommand can only be set when a custom AMI (${g.label}.ami) is specified`,
        );
      return [];
    });
  },
});
