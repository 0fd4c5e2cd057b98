import { defineRule } from '../../define.js';
import { minorVersion } from './compute.js';

/** Oldest Kubernetes version eksctl resolves an AMI for, per family (pkg/ami/ssm_resolver.go). */
const MIN_VERSION: Partial<Record<string, string>> = {
  Ubuntu2204: '1.29',
  UbuntuPro2204: '1.29',
  Ubuntu2404: '1.31',
  UbuntuPro2404: '1.31',
  WindowsServer2022FullContainer: '1.23',
  WindowsServer2022CoreContainer: '1.23',
};

export const amiFamilyVersion = defineRule({
  id: 'eksctl.ami-family-version',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ami/ssm_resolver.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses {{amiFamily}}, which has EKS AMIs only from Kubernetes {{minVersion}}; the cluster runs {{version}}.',
      fix: 'Upgrade the cluster to {{minVersion}} or later, or choose AmazonLinux2023 or Bottlerocket.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} の {{amiFamily}} には Kubernetes {{minVersion}} 以降の EKS AMI しかありませんが、クラスターは {{version}} です。',
      fix: 'クラスターを {{minVersion}} 以降にアップグレードするか、AmazonLinux2023 または Bottlerocket を選んでください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const minVersion = MIN_VERSION[ng.props.amiFamily];
      const version = index.clusterOf(ng)?.props.version;
      if (minVersion === undefined || version === undefined) return [];
      const actual = minorVersion(version);
      if (actual === undefined || actual >= minorVersion(minVersion)!) return [];
      return [{ partIds: [ng.id], params: { nodeGroup: ng.name, amiFamily: ng.props.amiFamily, minVersion, version } }];
    });
  },
});
