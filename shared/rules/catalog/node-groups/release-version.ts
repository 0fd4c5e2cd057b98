import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { amiFamilyOf, configNodeGroups, isAmazonLinux, isWindows, str } from './config-node-groups.js';

/**
 * The Kubernetes "major.minor" an EKS-optimized AMI release version is built for: `1.35.0-20260115` (Amazon Linux)
 * or `1.35-2026.04.18` (Windows). Bottlerocket's release versions count Bottlerocket's own releases, so they say
 * nothing here.
 */
export function releaseVersionMinor(releaseVersion: string, family: string): string | undefined {
  if (family === '' || isAmazonLinux(family)) return /^(\d+\.\d+)\.\d+-\d{8}$/.exec(releaseVersion)?.[1];
  if (isWindows(family)) return /^(\d+\.\d+)-\d{4}[.-]\d{2}[.-]\d{2}$/.exec(releaseVersion)?.[1];
  return undefined;
}

/**
 * A managed group's releaseVersion of another Kubernetes minor than the cluster's: the group takes the cluster's
 * version, and EKS refuses an AMI release of another ("Requested release version 1.31.3-20250103 is not valid for
 * kubernetes version 1.30", eksctl#7976), so the group's stack fails after the control plane is made.
 */
export const releaseVersionMinorRule = defineConfigRule({
  id: 'ng.release-version-minor',
  severity: 'error',
  area: 'node-groups',
  source:
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-releaseVersion',
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} asks for AMI release {{releaseVersion}}, built for Kubernetes {{releaseMinor}}, but the cluster runs {{version}}: EKS refuses it ("Requested release version {{releaseVersion}} is not valid for kubernetes version {{version}}").',
      fix: 'Use a {{version}} release of the EKS-optimized AMI for {{nodeGroup}} (e.g. {{version}}.x-YYYYMMDD), or leave releaseVersion out to get the newest one.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} は Kubernetes {{releaseMinor}} 用の AMI リリース {{releaseVersion}} を指定していますが、クラスターは {{version}} です。EKS はこれを拒否します (「Requested release version {{releaseVersion}} is not valid for kubernetes version {{version}}」)。',
      fix: '{{nodeGroup}} には EKS 最適化 AMI の {{version}} 用リリース (例: {{version}}.x-YYYYMMDD) を使うか、releaseVersion を外して最新のものを使ってください。',
    },
  },
  needs: ['managedNodeGroups[].releaseVersion'],
  checkConfig({ config }) {
    const version = config.metadata?.version;
    if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) return [];
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const release = str(g.ng['releaseVersion']);
      // With a custom AMI eksctl refuses releaseVersion itself (eksctl.ng-custom-ami).
      if (!g.managed || release === undefined || str(g.ng['ami']) !== undefined) continue;
      const minor = releaseVersionMinor(release, amiFamilyOf(g.ng));
      if (minor === undefined || minor === version) continue;
      out.push({
        path: g.at('releaseVersion'),
        params: { nodeGroup: g.name, releaseVersion: release, releaseMinor: minor, version },
      });
    }
    return out;
  },
});
