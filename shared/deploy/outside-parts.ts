/**
 * Parts drawn for a cluster that neither cluster.yaml nor the manifests create: eksctl builds the cluster's
 * VPC, IAM and add-ons, the manifests its Kubernetes objects, but API Gateway APIs and their VPC links, ECR
 * repositories and Cloud Map namespaces are AWS resources outside both, and hybrid nodes join only when each
 * machine runs nodeadm. The runbook lists them so a drawn part is never silently dropped from the deployment.
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { hasHybridNodes } from './cilium.js';
import type { ClusterConfig } from '../export/types.js';
import type { Localized } from './types.js';

function byName<T extends { name: string }>(parts: Iterable<T>): T[] {
  return [...parts].sort((a, b) => a.name.localeCompare(b.name));
}

function apiGatewayItem(api: PartOf<'api-gateway'>, lbs: readonly string[]): Localized {
  // HTTP APIs always use VPC link V2; a REST API's V1 link reaches NLBs only (apiGatewayPropsSchema).
  const link = api.props.apiType === 'HTTP' || api.props.restVpcLink === 'V2' ? 'V2' : 'V1';
  const list = lbs.join(', ');
  return {
    en: `API Gateway ${api.props.apiType} API ${api.name} and its VPC link (${link}) to ${list}: create them once the load balancer exists (after the step that applies the manifests).`,
    ja: `API Gateway の ${api.props.apiType} API ${api.name} と ${lbs.join('、')} への VPC リンク（${link}）: マニフェストファイルを適用する手順でロードバランサーができてから作成してください。`,
  };
}

/** A private ECR registry host: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const PRIVATE_ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

/**
 * The accounts the images of the cluster's workloads pulled from `repos` name, sorted. ECR allows a pull from
 * another account only through the repository's policy, which neither cluster.yaml nor the node role's managed
 * policy (AmazonEC2ContainerRegistryReadOnly covers the puller's side only) gives.
 */
function imageAccounts(index: DesignIndex, repos: Iterable<PartOf<'ecr'>>, cluster: PartOf<'cluster'>): string[] {
  const accounts = new Set<string>();
  for (const repo of repos)
    for (const w of index.targetsOf(repo, 'workload')) {
      if (index.clusterOf(w)?.id !== cluster.id) continue;
      const account = PRIVATE_ECR_HOST.exec(w.props.image)?.[1];
      if (account) accounts.add(account);
    }
  return [...accounts].sort();
}

/** What the cluster's drawing needs beyond the bundle, one item per AWS resource (or set of hybrid nodes). */
export function partsOutsideBundle(index: DesignIndex, cluster: PartOf<'cluster'>, config: ClusterConfig): Localized[] {
  const apis = new Map<string, { api: PartOf<'api-gateway'>; lbs: Set<string> }>();
  const repos = new Map<string, PartOf<'ecr'>>();
  const namespaces = new Map<string, PartOf<'cloud-map'>>();
  for (const w of index.workloadsOf(cluster)) {
    for (const repo of index.sourcesOf(w, 'ecr')) repos.set(repo.id, repo);
    for (const ns of index.targetsOf(w, 'cloud-map')) namespaces.set(ns.id, ns);
    const lbs = [...index.sourcesOf(w, 'alb'), ...index.sourcesOf(w, 'nlb')];
    for (const lb of lbs)
      for (const api of index.sourcesOf(lb, 'api-gateway')) {
        const entry = apis.get(api.id) ?? { api, lbs: new Set<string>() };
        entry.lbs.add(lb.name);
        apis.set(api.id, entry);
      }
  }
  const items: Localized[] = [];
  for (const { api, lbs } of byName([...apis.values()].map((e) => ({ ...e, name: e.api.name }))))
    items.push(apiGatewayItem(api, [...lbs].sort()));
  for (const repo of byName(repos.values()))
    items.push({
      en: `ECR repository ${repo.props.repositoryName}: create it and push the images before applying the manifests that pull them.`,
      ja: `ECR リポジトリ ${repo.props.repositoryName}: マニフェストファイルを適用する前に作成し、イメージをプッシュしてください。`,
    });
  const accounts = imageAccounts(index, repos.values(), cluster);
  if (accounts.length > 0) {
    const list = accounts.join(', ');
    items.push({
      en: `ECR repositories of account ${list} (as the images name them): one in another account than the cluster's needs a repository policy that lets the cluster's node and Fargate pod execution roles pull (\`ecr:BatchGetImage\`, \`ecr:GetDownloadUrlForLayer\`, \`ecr:BatchCheckLayerAvailability\`), or every pull is denied.`,
      ja: `アカウント ${accounts.join('、')} の ECR リポジトリ（イメージが指すもの）: クラスターと別のアカウントのリポジトリには、クラスターのノードロールと Fargate Pod 実行ロールにプル（\`ecr:BatchGetImage\`、\`ecr:GetDownloadUrlForLayer\`、\`ecr:BatchCheckLayerAvailability\`）を許可するリポジトリポリシーが必要です。ないとプルはすべて拒否されます。`,
    });
  }
  for (const ns of byName(namespaces.values()))
    items.push({
      en: `Cloud Map namespace ${ns.props.namespaceName} (${ns.props.namespaceType}): ExternalDNS registers Services in it but does not create it; create it before installing ExternalDNS.`,
      ja: `Cloud Map 名前空間 ${ns.props.namespaceName}（${ns.props.namespaceType}）: ExternalDNS は Service を登録しますが、名前空間は作成しません。ExternalDNS をインストールする前に作成してください。`,
    });
  if (hasHybridNodes(config)) {
    const vpc = index.vpcOf(cluster);
    for (const net of byName(vpc ? index.sourcesOf(vpc, 'on-prem-network') : []))
      if (net.props.hybridNodeCount > 0)
        items.push({
          en: `Hybrid nodes of ${net.name} (${net.props.hybridNodeCount}): eksctl creates their IAM role and access entry; join each machine with nodeadm (nodeadm install, then nodeadm init with a NodeConfig naming the cluster${net.props.credentialProvider === 'SSM' ? ' and an SSM hybrid activation for that role' : ' and its IAM Roles Anywhere certificate'}).`,
          ja: `${net.name} のハイブリッドノード（${net.props.hybridNodeCount} 台）: eksctl は IAM ロールとアクセスエントリを作成します。各マシンを nodeadm で参加させてください（nodeadm install の後、クラスターを指定した NodeConfig${net.props.credentialProvider === 'SSM' ? 'と、そのロールの SSM ハイブリッドアクティベーション' : 'と IAM Roles Anywhere の証明書'}で nodeadm init）。`,
        });
    // The bundle installs AWS's Cilium only for networks that chose it (shared/deploy/controllers.ts).
    for (const net of byName(vpc ? index.sourcesOf(vpc, 'on-prem-network') : []))
      if (net.props.hybridNodeCount > 0 && net.props.cni === 'calico')
        items.push({
          en: `Calico on the hybrid nodes of ${net.name}: the bundle installs no CNI for them; install Calico with a node affinity for eks.amazonaws.com/compute-type=hybrid (keeping it off the VPC CNI's EC2 nodes) and its IP pools in the remote Pod networks ${net.props.remotePodCidrs.join(', ') || '(none drawn)'}. The nodes stay NotReady until it runs.`,
          ja: `${net.name} のハイブリッドノードの Calico: バンドルはこれらのノードに CNI をインストールしません。eks.amazonaws.com/compute-type=hybrid のノードアフィニティ（VPC CNI の EC2 ノードには載せない）と、リモート Pod ネットワーク ${net.props.remotePodCidrs.join('、') || '（未設定）'} の IP プールを指定して Calico をインストールしてください。Calico が動くまでノードは NotReady のままです。`,
        });
  }
  return items;
}
