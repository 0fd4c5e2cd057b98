import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, nonEmpty, objects } from '../../facts/config-values.js';
import { parseArn } from './kms-arn.js';

/**
 * eksctl-rules.md #88 (with the Outposts parts of #63, #68, #69, #71, #74, #79, #80, #85): a cluster whose
 * control plane runs on AWS Outposts (`outpost:`) needs a valid Outpost ARN and refuses what Outposts lack.
 * eksctl `ValidateClusterConfig`, `ValidateAutoModeConfig`, `validateRemoteNetworkingConfig`, `cmdutils/configfile.go`.
 */
export const outpost = defineConfigRule({
  id: 'eksctl.outpost',
  severity: 'error',
  area: 'cluster',
  eksctl: [88, 63, 68, 69, 71, 74, 79, 80, 85],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs its control plane on AWS Outposts, where {{path}} is not possible; eksctl refuses it ("{{problem}}").',
      fix: 'Remove {{path}} from {{cluster}}, or run the cluster in the AWS Region instead of on Outposts.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はコントロールプレーンを AWS Outposts で実行しますが、Outposts では {{path}} を使えません。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: '{{cluster}} から {{path}} を削除するか、クラスターを Outposts ではなく AWS リージョンで実行してください。',
    },
  },
  needs: ['outpost'],
  checkConfig({ config }) {
    const op: unknown = config.outpost;
    if (op === undefined || op === null) return [];
    const o = isObj(op) ? op : {};
    const out: ConfigFinding[] = [];
    const add = (path: PathSegment[], problem: string) => out.push({ path, params: { problem } });
    const arn = o['controlPlaneOutpostARN'];
    if (!filled(arn)) add(['outpost', 'controlPlaneOutpostARN'], 'outpost.controlPlaneOutpostARN is required for Outposts');
    else if (!parseArn(arn)) add(['outpost', 'controlPlaneOutpostARN'], 'invalid Outpost ARN: arn: invalid prefix');
    else if (parseArn(arn)!.service !== 'outposts') add(['outpost', 'controlPlaneOutpostARN'], `invalid Outpost ARN: "${arn}"`);

    const access = isObj(config.accessConfig) ? config.accessConfig : {};
    if (access['bootstrapClusterCreatorAdminPermissions'] === false)
      add(
        ['accessConfig', 'bootstrapClusterCreatorAdminPermissions'],
        "accessConfig.BootstrapClusterCreatorAdminPermissions can't be set to false on Outposts",
      );
    const network = isObj(config.kubernetesNetworkConfig) ? config.kubernetesNetworkConfig : {};
    if (typeof network['ipFamily'] === 'string' && network['ipFamily'].toLowerCase() === 'ipv6')
      add(['kubernetesNetworkConfig', 'ipFamily'], 'IPv6 is not supported on Outposts');
    if (nonEmpty(config.addons)) add(['addons'], 'Addons are not supported on Outposts');
    if (nonEmpty(config.identityProviders)) add(['identityProviders'], 'Identity Providers are not supported on Outposts');
    if (nonEmpty(config.fargateProfiles)) add(['fargateProfiles'], 'Fargate is not supported on Outposts');
    if (config.karpenter !== undefined && config.karpenter !== null) add(['karpenter'], 'Karpenter is not supported on Outposts');
    if (isObj(config.secretsEncryption) && filled(config.secretsEncryption['keyARN']))
      add(['secretsEncryption'], 'KMS encryption is not supported on Outposts');
    if (nonEmpty(config.availabilityZones))
      add(['availabilityZones'], 'cannot specify availabilityZones on Outposts; the AZ defaults to the Outpost AZ');
    if (nonEmpty(config.localZones))
      add(['localZones'], 'cannot specify localZones on Outposts; the AZ defaults to the Outpost AZ');
    if (config.gitops !== undefined && config.gitops !== null) add(['gitops'], 'GitOps is not supported on Outposts');
    if (config.iam?.withOIDC === true) add(['iam', 'withOIDC'], 'iam.withOIDC is not supported on Outposts');
    const vpc = isObj(config.vpc) ? config.vpc : {};
    if (vpc['autoAllocateIPv6'] === true) add(['vpc', 'autoAllocateIPv6'], 'autoAllocateIPv6 is not supported on Outposts');
    if (nonEmpty(vpc['publicAccessCIDRs'])) add(['vpc', 'publicAccessCIDRs'], 'publicAccessCIDRs is not supported on Outposts');
    const endpoints = isObj(vpc['clusterEndpoints']) ? vpc['clusterEndpoints'] : {};
    if (endpoints['publicAccess'] === true)
      add(
        ['vpc', 'clusterEndpoints', 'publicAccess'],
        'clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; the cluster defaults to private-endpoint-only access',
      );
    else if (endpoints['privateAccess'] === false)
      add(
        ['vpc', 'clusterEndpoints', 'privateAccess'],
        'clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; the cluster defaults to private-endpoint-only access',
      );
    if (objects(config.managedNodeGroups).length > 0)
      add(['managedNodeGroups'], 'Managed Nodegroups are not supported on Outposts');
    const etcd = filled(o['etcdInstanceType']);
    if (o['etcdPlacement'] !== undefined && o['etcdPlacement'] !== null && !etcd)
      add(['outpost', 'etcdPlacement'], 'outpost.etcdInstanceType is required when outpost.etcdPlacement is specified');
    const placement = isObj(o['controlPlanePlacement']) ? o['controlPlanePlacement'] : {};
    if (filled(placement['spreadLevel']) && !etcd)
      add(
        ['outpost', 'controlPlanePlacement', 'spreadLevel'],
        'outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified',
      );
    if (filled(placement['groupName']) && etcd)
      add(
        ['outpost', 'controlPlanePlacement', 'groupName'],
        'outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified',
      );
    if (etcd && access['authenticationMode'] === 'CONFIG_MAP')
      add(
        ['accessConfig', 'authenticationMode'],
        'Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API',
      );
    if (config.remoteNetworkConfig !== undefined && config.remoteNetworkConfig !== null && !etcd)
      add(['remoteNetworkConfig'], 'remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set');
    if (isObj(config.autoModeConfig) && config.autoModeConfig['enabled'] === true)
      add(['autoModeConfig', 'enabled'], 'Auto Mode is not supported on Outposts');
    return out;
  },
});
