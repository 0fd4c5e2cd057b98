import { defineConfigRule } from '../../config-rule.js';
import { filled, isObj, nonEmpty } from '../../facts/config-values.js';

/** eksctl-rules.md #87 (config part): `gitops.flux` needs gitProvider and flags (the flux binary is checked at run time). */
export const gitopsFlux = defineConfigRule({
  id: 'eksctl.gitops-flux',
  severity: 'error',
  area: 'cluster',
  eksctl: [87],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message: 'The Flux settings of cluster {{cluster}} lack {{field}}; eksctl refuses them ("{{field}} must be set").',
      fix: 'Set gitops.flux.gitProvider (github, gitlab, git, bitbucket-server or gitea) and the flux bootstrap flags (owner, repository, ...) for {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Flux の設定に {{field}} がありません。eksctl はこれを拒否します (「{{field}} must be set」)。',
      fix: '{{cluster}} に gitops.flux.gitProvider (github、gitlab、git、bitbucket-server、gitea のいずれか) と flux bootstrap のフラグ (owner、repository など) を設定してください。',
    },
  },
  needs: ['gitops'],
  checkConfig({ config }) {
    const flux = isObj(config.gitops) ? config.gitops['flux'] : undefined;
    if (!isObj(flux)) return [];
    if (!filled(flux['gitProvider']))
      return [{ path: ['gitops', 'flux', 'gitProvider'], params: { field: 'gitops.flux.gitProvider' } }];
    if (!nonEmpty(flux['flags'])) return [{ path: ['gitops', 'flux', 'flags'], params: { field: 'gitops.flux.flags' } }];
    return [];
  },
});
