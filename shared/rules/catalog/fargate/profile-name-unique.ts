import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

/**
 * Fargate profile names are unique within a cluster: eksctl creates each profile with EKS
 * CreateFargateProfile, which refuses a second profile of the same name (ResourceInUseException), and eksctl
 * does not skip it as it does an add-on or a pod identity association that exists. Reads the exported
 * config, so profiles carried through an import are checked too.
 */
export const profileNameUnique = defineConfigRule({
  id: 'fargate.profile-name-unique',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has two Fargate profiles named "{{profile}}" ({{path}} and fargateProfiles[{{first}}]); EKS refuses the second ("ResourceInUseException"), and eksctl stops there.',
      fix: 'Give each Fargate profile of {{cluster}} its own name, or merge the selectors of the two profiles into one (up to five).',
    },
    ja: {
      message:
        'クラスター {{cluster}} には「{{profile}}」という名前の Fargate プロファイルが 2 つあります（{{path}} と fargateProfiles[{{first}}]）。EKS は 2 つ目を拒否し（「ResourceInUseException」）、eksctl はそこで止まります。',
      fix: '{{cluster}} の Fargate プロファイルにそれぞれ別の名前を付けるか、2 つのプロファイルのセレクターを 1 つにまとめてください（最大 5 つ）。',
    },
  },
  needs: ['fargateProfiles'],
  checkConfig({ config }) {
    const seen = new Map<string, number>();
    const profiles: unknown = config.fargateProfiles;
    if (!Array.isArray(profiles)) return [];
    return profiles.flatMap((fp: unknown, i): ConfigFinding[] => {
      const name = fp !== null && typeof fp === 'object' ? (fp as Record<string, unknown>)['name'] : undefined;
      if (typeof name !== 'string' || name === '') return [];
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, i);
        return [];
      }
      return [{ path: ['fargateProfiles', i, 'name'], params: { profile: name, first } }];
    });
  },
});
