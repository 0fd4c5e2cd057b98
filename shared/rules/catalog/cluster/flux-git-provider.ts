import { defineConfigRule } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';

/** The git providers `flux bootstrap` has a subcommand for (Flux v2 CLI reference). */
export const FLUX_GIT_PROVIDERS = ['github', 'gitlab', 'git', 'bitbucket-server', 'gitea'];

/**
 * eksctl runs `flux bootstrap <gitProvider> <flags…>` after creating the cluster (pkg/flux/flux.go) and checks
 * only that gitProvider is set: a provider Flux has no subcommand for ("GitHub", "bitbucket_server",
 * "codecommit") fails there, with the cluster already created and no GitOps on it.
 */
export const fluxGitProvider = defineConfigRule({
  id: 'cluster.flux-git-provider',
  severity: 'error',
  area: 'cluster',
  source: 'https://fluxcd.io/flux/cmd/flux_bootstrap/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} bootstraps Flux with the git provider "{{provider}}", for which flux bootstrap has no subcommand; eksctl runs "flux bootstrap {{provider}}" after creating the cluster, and it fails.',
      fix: 'Set gitops.flux.gitProvider to one of {{providers}}, spelled so (a Bitbucket Server repository is bitbucket-server; another host is git with flags.url).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Flux を git プロバイダー「{{provider}}」でブートストラップしますが、flux bootstrap にはこのサブコマンドがありません。eksctl はクラスターの作成後に「flux bootstrap {{provider}}」を実行し、そこで失敗します。',
      fix: 'gitops.flux.gitProvider には {{providers}} のいずれかをこの綴りで指定してください（Bitbucket Server のリポジトリは bitbucket-server、その他のホストは git と flags.url）。',
    },
  },
  needs: ['gitops'],
  checkConfig({ config }) {
    const flux = isObj(config.gitops) ? config.gitops['flux'] : undefined;
    if (!isObj(flux)) return [];
    const provider = flux['gitProvider'];
    // An empty provider is eksctl.gitops-flux's finding.
    if (!filled(provider) || FLUX_GIT_PROVIDERS.includes(provider)) return [];
    return [{ path: ['gitops', 'flux', 'gitProvider'], params: { provider, providers: FLUX_GIT_PROVIDERS.join(', ') } }];
  },
});
