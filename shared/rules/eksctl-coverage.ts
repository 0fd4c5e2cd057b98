/**
 * eksctl's own validation, rule by rule, as `eksctl-rules.md` (from the eksctl source, snapshot 99984adb,
 * 2026-08-21) numbers it: what each rule is, and what of it this app does not check offline and why.
 * Which app rules enforce an entry is said by the rules themselves (`Rule.eksctl`); the coverage test
 * holds every entry to a rule, eksctl's schema (tag S: the import refuses such a file and the exporter
 * never writes one), or a reason here. docs/rules.md prints the table (npm run docs:rules).
 */

/** S: eksctl's (patched) schema rejects it; S~: only in part; W: eksctl only warns; RT: needs AWS lookups; EKS: the API enforces it. */
export type EksctlRuleTag = 'S' | 'S~' | 'W' | 'RT' | 'EKS';

export interface EksctlRuleEntry {
  title: string;
  tags?: readonly EksctlRuleTag[];
  /** What of the rule is not checked here, and why (e.g. it needs AWS lookups). */
  notChecked?: string;
}

export const EKSCTL_RULES: Readonly<Record<number, EksctlRuleEntry>> = {
  1: { title: 'apiVersion/kind must be eksctl.io/v1alpha5 / ClusterConfig. Else: no kind "ClusterConfig" is…', tags: ['S'] },
  2: { title: 'Strict decoding: any unknown field anywhere', tags: ['S'] },
  3: { title: 'Fields typed ARN (accessConfig.accessEntries[].principalARN, ...accessPolicies[].policyARN,…', tags: ['S'] },
  4: { title: 'CIDR-typed fields (vpc.cidr, vpc.subnets.{public,private}.<key>.cidr) are net.ParseCIDRd at…', tags: ['S'] },
  5: { title: 'metadata must be present; metadata.name non-empty (metadata.name must be set); metadata.region…', tags: ['S~'] },
  6: { title: 'Cluster name characters: metadata.name must not contain anything outside [a-zA-Z0-9-]', tags: ['EKS'] },
  7: { title: 'Region must be one of SupportedRegions() (45 regions: us-west-1/2, us-east-1/2, ca-central-1,…' },
  8: {
    title: 'metadata.version: ""/"auto"',
    tags: ['RT'],
    notChecked:
      "the list of versions eksctl accepts comes from EKS DescribeClusterVersions at run time; offline, cluster.version-supported approximates it with the app's dated version calendar",
  },
  9: { title: 'metadata.rollbackConfig.timeoutMinutes ∈ [120, 10080]' },
  10: { title: 'upgradePolicy.supportType ∈ {STANDARD,EXTENDED} (no control chars)', tags: ['S'] },
  11: { title: 'availabilityZones, if set, needs ≥ 2 entries (duplicates allowed)' },
  12: { title: 'vpc.subnets and availabilityZones are mutually exclusive' },
  13: {
    title: 'When eksctl creates the VPC: (len(availabilityZones)+len(localZones)) * 2 ≤ 16',
    notChecked:
      'whether the zones exist in the account and offer the node instance types needs AWS lookups (DescribeAvailabilityZones, DescribeInstanceTypeOfferings)',
  },
  14: {
    title: 'localZones forbidden with: pre-existing vpc.id (localZones are not supported with a pre-existing…',
    tags: ['RT'],
    notChecked:
      'whether a managed node group lands in a Local Zone needs the zone types from AWS; the fully-private and Outposts cases are #32 and #88',
  },
  15: { title: 'vpc.cidr (eksctl-created VPC): prefix /16 … /24' },
  16: { title: 'Pre-existing subnets (vpc.subnets.public / .private, keyed by AZ name or an alias, each with id…' },
  17: {
    title: 'Subnets must belong to vpc.id and match AWS state',
    tags: ['RT'],
    notChecked:
      'whether the subnets belong to vpc.id and match their ids, CIDRs and zones in the account needs AWS lookups (DescribeSubnets, DescribeVpcs)',
  },
  18: { title: 'Nodegroups with privateNetworking: true need ≥ 2 private subnets' },
  19: { title: 'vpc.extraCIDRs, vpc.publicAccessCIDRs, vpc.extraIPv6CIDRs must parse as CIDRs (Go invalid CIDR…' },
  20: { title: 'vpc.securityGroup XOR vpc.controlPlaneSecurityGroupIDs' },
  21: { title: 'vpc.controlPlaneOnPrivateSubnets: true: not with vpc.controlPlaneSubnetIDs (only one of ... can…' },
  22: { title: 'vpc.ipv6Cidr / vpc.ipv6Pool only with ipFamily: IPv6 (Ipv6Cidr and Ipv6CidrPool are only…' },
  23: { title: 'vpc.manageSharedNodeSecurityGroupRules: false requires vpc.sharedNodeSecurityGroup' },
  24: { title: 'vpc.hostnameType: not with pre-existing subnets (vpc.hostnameType is not supported with a…' },
  25: { title: 'vpc.nat.gateway ∈ {HighlyAvailable,Single,Disable} [S] (CFN build: %s is not a valid NAT gateway…', tags: ['S'] },
  26: { title: 'vpc.clusterEndpoints: at least one of publicAccess/privateAccess true', tags: ['W'] },
  27: { title: 'vpc.autoAllocateIPv6: true not with IPv6 (auto allocate ipv6 is not supported with IPv6) nor on…' },
  28: { title: 'Every nodeGroup and managedNodeGroup must set privateNetworking: true' },
  29: { title: 'vpc.clusterEndpoints must not be set' },
  30: { title: 'With a pre-existing vpc.id, vpc.subnets.private is required' },
  31: { title: 'privateCluster.additionalEndpointServices ⊆ {cloudformation,autoscaling,logs}, no duplicates…' },
  32: { title: 'Not with localZones; not with nodegroup outpostARN unless control plane is on Outposts.…' },
  33: {
    title: 'ipFamily ∈ {IPv4, IPv6} case-insensitively',
    tags: ['S'],
    notChecked:
      "eksctl's schema, patched (shared/eksctl/schema-patches.ts) to take IPv4/IPv6 in any letter case as eksctl does; any other value is refused at import and a design cannot hold one; the IPv6 rules compare case-insensitively",
  },
  34: { title: 'serviceIPv4CIDR: valid CIDR (invalid IPv4 CIDR for kubernetesNetworkConfig.serviceIPv4CIDR), not…' },
  35: { title: 'IPv6 without Auto Mode: addons must include coredns' },
  36: { title: 'IPv6: vpc-cni addon version (if set, not latest) ≥ 1.10.0; cluster version ≥ 1.21 (cluster…' },
  37: { title: 'name required and unique across nodeGroups + managedNodeGroups', tags: ['S'] },
  38: { title: 'Sizes: minSize ≤ desiredCapacity ≤ maxSize, minSize ≤ maxSize' },
  39: { title: 'updateConfig: exactly one of maxUnavailable / maxUnavailablePercentage; maxUnavailable ≤ maxSize.' },
  40: { title: 'instanceType XOR instanceTypes (only one of instanceType or instanceTypes can be specified);…' },
  41: { title: 'securityGroups.withLocal / withShared not supported for MNG; iam.instanceProfileARN not…' },
  42: {
    title: 'launchTemplate: id required; version integer ≥ 1; with a launch template none of instanceType,…',
    notChecked:
      "the launch template's own contents (instance type, AMI, user data) need AWS lookups (DescribeLaunchTemplateVersions)",
  },
  43: {
    title: 'Custom ami (must start ami-): amiFamily required and must be AmazonLinux2/2023,…',
    notChecked: 'whether a custom AMI exists and matches its amiFamily and architecture needs AWS lookups (DescribeImages)',
  },
  44: {
    title: 'containerRuntime is not an MNG field (strict-decode error). [S]  taints on MNG must be the list…',
    tags: ['S', 'S'],
  },
  45: { title: 'AmazonLinux2 with version ≥ 1.33 (both MNG and unmanaged)' },
  46: { title: 'volumeName, volumeEncrypted, volumeKmsKeyID require volumeSize; volumeKmsKeyID requires…' },
  47: { title: 'volumeIOPS only for io1/io2/gp3; ranges gp3 3000–16000, io1 100–64000, io2 100–256000;…' },
  48: { title: 'maxPodsPerNode ≥ 0; availabilityZones XOR subnets; placement.groupName required if placement;…' },
  49: { title: 'amiFamily must be supported (matched case-insensitively, then normalised) [S~]; deprecated…', tags: ['S~'] },
  50: { title: 'ssh: at most one of publicKey/publicKeyPath/publicKeyName; ssh.enableSSM: false' },
  51: { title: 'taints (key qualified name, value valid label value, effect ∈ {NoSchedule, PreferNoSchedule,…' },
  52: {
    title: 'capacityReservation: preference XOR target; preference ∈ {open, none}; target: reservationID XOR…',
    notChecked: 'whether the capacity reservation or resource group exists and matches the instance type needs AWS lookups',
  },
  53: {
    title: "Nodegroup availabilityZones must be covered by the cluster's subnets (mapping does not have…",
    notChecked:
      'zones of subnets given only by id or alias, and zones eksctl picks itself, need AWS lookups (DescribeSubnets, DescribeAvailabilityZones), as does whether the instance type is offered in a zone',
  },
  54: { title: 'name required/unique (rule 37) and only [a-zA-Z0-9-]' },
  55: { title: 'Sizes: desiredCapacity ≥ minSize (--nodes value (%d) cannot be lower than --nodes-min value…' },
  56: { title: 'IAM: instanceProfileARN / instanceRoleARN cannot be combined with instanceRoleName,…' },
  57: {
    title: 'Custom ami',
    notChecked: 'whether a custom AMI exists and matches its amiFamily needs AWS lookups (DescribeImages)',
  },
  58: { title: 'instancesDistribution/instanceSelector: instanceType must be unset or mixed; instanceTypes…' },
  59: {
    title: 'cpuCredits only with t* types, value standard|unlimited; asgSuspendProcesses ⊆ {Launch,…',
    notChecked:
      'instance type support per AMI family (GetAMIType: GPU, Arm, Inferentia/Trainium) is left to the instance-type rules over shared/data/instance-types.ts',
  },
  60: {
    title: 'Outposts: outpostARN must be an outposts ARN, identical across nodegroups and equal to the…',
    notChecked:
      'whether the Outpost has subnets for the node group and offers its instance type needs AWS lookups (Outposts, DescribeSubnets)',
  },
  61: { title: 'accessConfig.bootstrapClusterCreatorAdminPermissions: false + self-managed nodeGroups' },
  62: {
    title: 'name non-empty (invalid Fargate profile: empty name); must not start with eks- (name should NOT…',
    tags: ['EKS'],
  },
  63: { title: 'Fargate not supported on Outposts; with addonsConfig.disableDefaultAddons and no vpc-cni,…' },
  64: { title: 'iam.serviceAccounts require iam.withOIDC: true (unset defaults to false!)' },
  65: { title: 'Each service account: metadata.name required; metadata.namespace defaults to default;…' },
  66: {
    title: 'iam.podIdentityAssociations[i]: namespace and serviceAccountName required; at least one of…',
    notChecked: 'The policy/disableSessionTags check belongs to eksctl create podidentityassociation, not create cluster.',
  },
  67: { title: 'Any pod identity association (iam-level, addon-level, useDefaultPodIdentityAssociations,…' },
  68: { title: 'karpenter: version required (version field is required if installing Karpenter is enabled), ≥…' },
  69: { title: 'iam.withOIDC not supported on Outposts.' },
  70: { title: 'name required [S]; configurationValues must be valid JSON or YAML; namespaceConfig.namespace…', tags: ['S'] },
  71: { title: 'IRSA fields (serviceAccountRoleARN, attachPolicyARNs, attachPolicy, wellKnownPolicies) XOR…' },
  72: { title: 'addonsConfig.disableDefaultAddons: true without a vpc-cni addon and without Auto Mode' },
  73: { title: 'IRSA on an addon while withOIDC is false', tags: ['W'] },
  74: { title: 'enabled: true: not on Outposts; nodePools (default [general-purpose, system]) ⊆…' },
  75: { title: 'enabled false/unset but nodeRoleARN/permissionsBoundaryARN/non-empty nodePools set' },
  76: { title: 'Auto Mode on create: no nodeGroups/managedNodeGroups (creation of managed or self-managed…' },
  77: {
    title: 'enableTypes ⊆ {api,audit,authenticator,controllerManager,scheduler}, or all/* (expanded to all five)',
    tags: ['S'],
  },
  78: { title: 'logRetentionInDays requires non-empty enableTypes (cannot set…' },
  79: { title: 'keyARN required (field secretsEncryption.keyARN is required for enabling secrets encryption) [S]…', tags: ['S'] },
  80: { title: 'Not with IPv6; not with accessConfig.authenticationMode: CONFIG_MAP (needs API or…' },
  81: {
    title: 'remoteNodeNetworks: exactly one entry (≤ 1, and non-empty unless both lists are explicitly empty…',
    notChecked:
      'The import joins several remoteNodeNetworks (or remotePodNetworks) entries into one list, so a file with more than one is not refused; the count is checked on what the export writes.',
  },
  82: { title: 'vpcGatewayID optional (schema wrongly marks it required); if set must start tgw- or vgw- and is…' },
  83: {
    title: 'iam.provider ∈ {SSM, IRA} case-insensitive (default SSM); caBundleCert forbidden for SSM and…',
    tags: ['W'],
    notChecked:
      'eksctl only warns when iam.roleARN is set (aws-auth entry without the SSM or IAM Roles Anywhere setup); not reported.',
  },
  84: { title: 'accessEntries require authenticationMode ≠ CONFIG_MAP; principalARN required & valid; type ∈…' },
  85: { title: 'identityProviders[] (type oidc): name, clientID, issuerURL non-empty; not on Outposts.' },
  86: { title: 'iamIdentityMappings[]: serviceName ⇒ namespace required (and vice-versa) and not combined with…' },
  87: {
    title: 'gitops.flux: gitProvider and flags required; flux binary must be on PATH.',
    notChecked: 'Whether the flux binary is on PATH is known only on the machine that runs eksctl.',
  },
  88: { title: 'outpost: controlPlaneOutpostARN required & valid; forbids addons, identityProviders, fargate,…' },
  89: { title: 'capabilities[]: name, type required; type: ARGOCD needs configuration.argocd.awsIdc.' },
};
