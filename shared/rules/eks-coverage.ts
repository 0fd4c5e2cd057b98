/**
 * The EKS rules catalog the app's rules started from (eks-rules.md: 152 rules on EKS, its networking, IAM,
 * controllers and add-ons, each with AWS sources), rule by rule: its severity and one-line message there,
 * and, where no app rule has its id, which app rules check it instead or why it is not checked here.
 * The coverage test holds every entry to a rule of the same id, `checkedBy` rules that exist, or a reason.
 * docs/rules.md prints the table (npm run docs:rules).
 */
import type { Severity } from './types.js';

export interface EksRuleEntry {
  severity: Severity;
  /** The catalog's message for it. */
  title: string;
  /** App rules that check it under other ids. */
  checkedBy?: readonly string[];
  /** Why it is not checked here (not in the design or eksctl's config, needs AWS lookups, or the export makes it so). */
  notChecked?: string;
}

export const EKS_RULES: Readonly<Record<string, EksRuleEntry>> = {
  'vpc.cluster-subnets-two-azs': {
    severity: 'error',
    title: 'EKS requires the cluster subnets to be in at least two different Availability Zones.',
  },
  'vpc.cluster-subnet-min-ips': {
    severity: 'error',
    title: 'Each cluster subnet needs at least 6 free IPs for the EKS-managed ENIs (16 recommended).',
  },
  'vpc.cluster-subnet-disallowed-az': {
    severity: 'error',
    title: 'EKS cluster subnets cannot be placed in this Availability Zone ID.',
    notChecked:
      "Which AZ ID (use1-az3, usw1-az2, cac1-az3) a zone name stands for differs per AWS account and needs an AWS lookup, and neither the design nor eksctl's subnet spec carries AZ IDs; when eksctl picks the zones itself (the export then writes no availabilityZones) it avoids these IDs.",
  },
  'vpc.cluster-subnet-no-outposts-wavelength': {
    severity: 'error',
    title: "Cluster subnets can't reside in AWS Outposts or AWS Wavelength.",
    checkedBy: ['vpc.local-zone-as-availability-zone'],
  },
  'vpc.cidr-size-range': {
    severity: 'error',
    title: 'VPC/subnet IPv4 CIDR blocks must be between /16 (65,536 addresses) and /28 (16 addresses).',
  },
  'vpc.subnet-inside-vpc-no-overlap': {
    severity: 'error',
    title: "Subnet CIDR blocks must come from the VPC's CIDR blocks and must not overlap other subnets.",
  },
  'vpc.reserved-addresses': {
    severity: 'info',
    title: 'AWS reserves the first four and the last IPv4 address of every subnet; usable = 2^(32-prefix) - 5.',
    checkedBy: ['vpc.cluster-subnet-min-ips', 'vpc.ip-capacity-vpc-cni', 'lb.subnet-free-ips'],
  },
  'vpc.dns-support': {
    severity: 'error',
    title: "EKS needs DNS resolution and DNS hostnames enabled on the VPC; otherwise nodes can't register (and the priva…",
  },
  'vpc.public-subnet-needs-igw': {
    severity: 'error',
    title: 'A public subnet is, by definition, one whose route table has a route to an Internet Gateway.',
  },
  'vpc.private-subnet-egress': {
    severity: 'error',
    title: "Nodes in this private subnet have no path to AWS APIs/ECR: images can't be pulled and nodes may not join.",
  },
  'vpc.nat-gateway-placement': {
    severity: 'error',
    title: 'A (zonal) public NAT gateway must sit in a public subnet and have an Elastic IP to provide internet egress.',
  },
  'vpc.nat-per-az': {
    severity: 'warning',
    title: 'Cross-AZ NAT routing adds inter-AZ data charges and makes one AZ a single point of failure for egress.',
  },
  'vpc.lb-tag-public': {
    severity: 'warning',
    title: 'Public subnets should be tagged kubernetes.io/role/elb=1 so the AWS Load Balancer Controller can discover th…',
  },
  'vpc.lb-tag-private': {
    severity: 'warning',
    title: 'Private subnets should be tagged kubernetes.io/role/internal-elb=1 for internal load balancer discovery.',
  },
  'vpc.lb-tag-mismatch': {
    severity: 'error',
    title: 'Subnet role tag contradicts its routing: an internet-facing LB placed here will be unreachable (or an intern…',
  },
  'vpc.lb-tag-cluster-filter': {
    severity: 'info',
    title: "The LBC filters out subnets tagged for a different cluster; they won't be used for this cluster's load balan…",
  },
  'vpc.public-subnet-auto-assign-ip': {
    severity: 'error',
    title: "Nodes launched in a public subnet without a public IP can't reach the cluster and fail to join.",
    notChecked:
      "The design and eksctl's ClusterConfig have no MapPublicIpOnLaunch setting: eksctl turns it on for every public subnet it creates, and an existing subnet's setting needs an AWS lookup.",
  },
  'vpc.ip-capacity-vpc-cni': {
    severity: 'warning',
    title: 'With the VPC CNI every pod consumes a VPC IP; this subnet can run out of addresses at max scale.',
  },
  'vpc.nodes-in-cluster-subnets': {
    severity: 'warning',
    title: 'Nodes/pods can exhaust the cluster subnets, leaving no IPs for the EKS ENIs created during upgrades.',
    checkedBy: ['vpc.ip-capacity-vpc-cni', 'vpc.cluster-subnet-min-ips'],
  },
  'vpc.prefix-delegation-fragmentation': {
    severity: 'info',
    title: 'Prefix mode needs contiguous /28 blocks; fragmented subnets cause prefix attachment failures.',
    notChecked:
      'Fragmentation depends on which addresses of a subnet are already in use, which is AWS state the design and ClusterConfig do not hold (subnets eksctl creates start empty).',
  },
  'vpc.security-group-min-rules': {
    severity: 'error',
    title: "Nodes can't register with the API server, kubectl exec/logs fail, or cluster DNS breaks when the minimum sec…",
    notChecked:
      "The design and eksctl's ClusterConfig name your own security groups only by ID, not their rules, so their rules need an AWS lookup; the groups eksctl creates carry the required rules.",
  },
  'vpc.service-cidr': {
    severity: 'error',
    title: 'The Kubernetes service IPv4 CIDR must be RFC1918, /24-/12 in size and must not overlap the VPC.',
  },
  'cluster.name-format': {
    severity: 'error',
    title: 'Cluster name may contain only alphanumerics, hyphens and underscores, must start with an alphanumeric and be…',
  },
  'cluster.name-unique': {
    severity: 'error',
    title: 'Cluster names must be unique per AWS account and Region.',
  },
  'cluster.version-supported': {
    severity: 'error',
    title: 'This Kubernetes version cannot be used to create an EKS cluster (past end of extended support).',
  },
  'cluster.version-extended-support': {
    severity: 'warning',
    title: 'This version is in extended support: the control plane costs $0.60/h instead of $0.10/h and will be auto-upg…',
  },
  'cluster.upgrade-one-minor': {
    severity: 'error',
    title: 'EKS control planes can only be upgraded one minor version at a time.',
  },
  'cluster.node-version-skew': {
    severity: 'error',
    title: 'kubelet must not be newer than the API server and may lag at most three minor versions; EKS recommends match…',
    checkedBy: ['ng.release-version-minor'],
  },
  'cluster.endpoint-access-valid': {
    severity: 'error',
    title: 'At least one API endpoint access mode must be enabled; you must enable private access to disable public acce…',
  },
  'cluster.endpoint-public-open': {
    severity: 'warning',
    title: 'The Kubernetes API endpoint is reachable from the whole internet (checkov CKV_AWS_38 / CKV_AWS_39).',
  },
  'cluster.endpoint-public-cidrs-no-private': {
    severity: 'warning',
    title: "Nodes and Fargate pods reach the API via the public endpoint from their NAT IPs; if those IPs aren't allowed…",
  },
  'cluster.private-cluster-requirements': {
    severity: 'error',
    title: 'Clusters without outbound internet need private endpoint access, an in-VPC reachable registry (ECR via endpo…',
  },
  'cluster.control-plane-logging': {
    severity: 'warning',
    title: 'Control plane audit/authenticator logs are off by default; without them there is no record of API activity (…',
  },
  'cluster.secrets-encryption': {
    severity: 'warning',
    title: 'Kubernetes secrets are not envelope-encrypted with KMS (checkov CKV_AWS_58). On 1.28+ EKS applies default en…',
  },
  'cluster.kms-key-requirements': {
    severity: 'error',
    title: 'The EKS secrets-encryption KMS key must be a symmetric encrypt/decrypt key in the same Region as the cluster.',
  },
  'cluster.auth-mode-configmap': {
    severity: 'warning',
    title: 'Access via the aws-auth ConfigMap is deprecated; access entries (EKS API) are the recommended mechanism.',
  },
  'cluster.creator-admin': {
    severity: 'info',
    title: 'The creating IAM principal gets a cluster-admin access entry.',
    notChecked:
      'eksctl gives the creator of every cluster admin access unless cluster.yaml turns it off, so this note would appear on nearly every design; it is advice for production setups, not a fault.',
  },
  'cluster.iam-role': {
    severity: 'error',
    title: 'The EKS cluster IAM role is required for the control plane to manage AWS resources.',
    notChecked:
      "eksctl creates the cluster role (trusted by EKS, with AmazonEKSClusterPolicy) unless cluster.yaml names one in iam.serviceRoleARN, and checking a named role's trust policy and permissions needs AWS lookups.",
  },
  'cluster.ip-family-immutable': {
    severity: 'info',
    title: 'The cluster IP family (IPv4/IPv6) is chosen at creation and cannot be changed.',
  },
  'ng.scaling-order': {
    severity: 'error',
    title: 'Node group scaling must satisfy 0 <= min <= desired <= max and max >= 1.',
  },
  'ng.name-format': {
    severity: 'error',
    title: "Node group names can't exceed 63 characters and must start with a letter or digit.",
  },
  'ng.quota-size': {
    severity: 'warning',
    title: 'Exceeds default EKS service quotas (450 nodes per managed node group, 30 managed node groups per cluster).',
  },
  'ng.multi-az': {
    severity: 'warning',
    title: 'An AZ outage would take down every node.',
  },
  'ng.ebs-multi-az-ca': {
    severity: 'warning',
    title: 'EBS volumes are AZ-bound; a multi-AZ ASG can scale up in the wrong AZ and leave pods Pending.',
  },
  'ng.private-subnets': {
    severity: 'warning',
    title: 'Worker nodes in public subnets are directly exposed; best practice is private subnets with LBs in public sub…',
  },
  'ng.ssh-open': {
    severity: 'warning',
    title: 'SSH to the nodes is open to 0.0.0.0/0 (checkov CKV_AWS_100).',
  },
  'ng.gpu-ami': {
    severity: 'error',
    title: 'GPU instances need the EKS-optimized accelerated AMI (NVIDIA driver + container toolkit) for GPUs to be usab…',
  },
  'ng.gpu-device-plugin': {
    severity: 'error',
    title: 'GPUs are not advertised to the scheduler without the NVIDIA device plugin; GPU pods stay Pending.',
    notChecked:
      "The deployment bundle makes it so: it installs the NVIDIA device plugin for every node group with NVIDIA types on an AMI without one (Bottlerocket's NVIDIA variants run it on the host), tolerating each taint of those groups, and keeps eksctl's own plugin out (--install-nvidia-plugin=false; eksctl's tolerates each taint key of the groups too, but nvidia.com/gpu only with NoSchedule).",
  },
  'ng.gpu-on-fargate': {
    severity: 'error',
    title: 'GPUs (and Inferentia) are not available on Fargate.',
  },
  'ng.p2-unsupported': {
    severity: 'error',
    title: "Amazon EC2 P2 instances aren't supported on Amazon EKS (require NVIDIA driver 470 or earlier).",
  },
  'ng.al2-ami-eol': {
    severity: 'error',
    title: 'EKS stopped publishing Amazon Linux 2 AMIs on 2025-11-26; 1.32 was the last version with AL2 AMIs.',
  },
  'ng.spot-diversification': {
    severity: 'warning',
    title: 'Spot node groups should use multiple instance types to draw from more Spot capacity pools.',
  },
  'ng.ca-uniform-instance-sizes': {
    severity: 'warning',
    title: 'Cluster Autoscaler simulates with the first instance type; mismatched sizes waste capacity or leave pods uns…',
  },
  'ng.node-role-policies': {
    severity: 'error',
    title: "Nodes can't join, pull images from ECR (including the EKS add-on images) or assign pod IPs without these per…",
  },
  'ng.sgp-instance-types': {
    severity: 'error',
    title: "Security groups for pods need trunk-ENI capable Nitro instances (no t-family) and aren't supported on Window…",
  },
  'ng.imdsv2': {
    severity: 'warning',
    title: "Pods can reach the instance metadata service and inherit the node role's credentials.",
  },
  'ng.instance-arch-ami': {
    severity: 'error',
    title: "The node group's AMI architecture must match its instance types; EC2 can't boot an x86_64 AMI on Arm instanc…",
  },
  'ng.max-pods': {
    severity: 'warning',
    title: "With the VPC CNI the number of pods per node is limited by the instance type's ENI/IP capacity; extra pods s…",
  },
  'ng.launch-template-spot-types': {
    severity: 'info',
    title: 'For Spot with a custom launch template, pass multiple instance types via the API, not a single type in the t…',
  },
  'fargate.private-subnets-only': {
    severity: 'error',
    title: 'Fargate profiles accept only private subnets (no direct route to an IGW); Fargate pods get no public IP.',
  },
  'fargate.selector-namespace': {
    severity: 'error',
    title: 'Every Fargate profile selector must specify a namespace (labels optional; * and ? wildcards allowed).',
  },
  'fargate.max-selectors': {
    severity: 'error',
    title: 'A Fargate profile supports at most five selectors.',
  },
  'fargate.pod-execution-role': {
    severity: 'error',
    title: 'Fargate needs a pod execution role so the kubelet can register and pull images from ECR.',
    notChecked:
      'eksctl creates the Fargate pod execution role (trusted by eks-fargate-pods.amazonaws.com, with AmazonEKSFargatePodExecutionRolePolicy) unless cluster.yaml names one, and checking a named role needs AWS lookups.',
  },
  'fargate.unmatched-pods': {
    severity: 'error',
    title: "Pods that don't match a Fargate profile stay Pending when no nodes exist.",
  },
  'fargate.no-daemonsets': {
    severity: 'error',
    title: "DaemonSets aren't supported on Fargate.",
  },
  'fargate.no-privileged-hostnetwork': {
    severity: 'error',
    title: "Privileged containers, HostNetwork and HostPort aren't supported on Fargate.",
  },
  'fargate.unsupported-compute': {
    severity: 'error',
    title: 'EKS on Fargate supports only Linux x86 pods in Region AZs, without GPUs, EBS or custom CNIs.',
    checkedBy: ['fargate.unsupported-compute', 'ng.gpu-on-fargate', 'eksctl.outpost'],
  },
  'fargate.lb-ip-target': {
    severity: 'error',
    title: 'Load balancers can reach Fargate pods only with IP targets.',
  },
  'fargate.coredns': {
    severity: 'error',
    title: 'CoreDNS is scheduled on EC2 by default; in a Fargate-only cluster it stays Pending and DNS fails.',
  },
  'fargate.pod-size-limits': {
    severity: 'error',
    title: 'Fargate pods are limited to 16 vCPU / 120 GB memory and 175 GiB ephemeral storage.',
  },
  'fargate.pod-identity': {
    severity: 'error',
    title: "EKS Pod Identity isn't supported for Fargate pods (no Pod Identity Agent DaemonSet, no IMDS).",
    checkedBy: ['sec.pod-identity-unsupported-compute', 'fargate.pod-identity'],
  },
  'fargate.no-spot': {
    severity: 'error',
    title: "Amazon EKS doesn't support Fargate Spot.",
    notChecked: "Neither the design nor eksctl's cluster.yaml has any way to ask for Fargate Spot, so it cannot be chosen here.",
  },
  'fargate.metrics-server-port': {
    severity: 'warning',
    title: 'Port 10250 is reserved on Fargate; metrics-server must listen on another port (e.g. 10251).',
    notChecked:
      'This app installs Metrics Server only as the EKS add-on, which AWS preconfigures to listen on port 10251 instead of the port 10250 that Fargate reserves.',
  },
  'fargate.lbc-needs-region-vpc': {
    severity: 'warning',
    title: "The controller can't discover Region/VPC from IMDS there.",
    notChecked:
      'The deployment bundle always installs the AWS Load Balancer Controller with its Region and VPC id set, so it never depends on instance metadata.',
  },
  'fargate.ca-not-applicable': {
    severity: 'error',
    title: 'Cluster Autoscaler scales EC2 Auto Scaling groups; Fargate has no node groups to scale (each pod gets its ow…',
    checkedBy: ['as.ca-no-node-groups'],
  },
  'lb.alb-two-azs': {
    severity: 'error',
    title: 'An Application Load Balancer needs subnets in at least two AZs, one subnet per AZ.',
  },
  'lb.subnet-free-ips': {
    severity: 'error',
    title: 'Load balancer subnets need at least 8 free IPs; the LBC filters out smaller subnets.',
  },
  'lb.internet-facing-needs-public': {
    severity: 'error',
    title: 'An internet-facing load balancer needs public subnets; ELB rejects it outright when the VPC has no IGW (Inva…',
  },
  'lb.alb-needs-lbc': {
    severity: 'error',
    title: 'ALBs for Kubernetes Ingress are provisioned by the AWS Load Balancer Controller; without it nothing is creat…',
  },
  'lb.alb-l7-only': {
    severity: 'error',
    title: 'ALB is a layer-7 HTTP/HTTPS load balancer; L4 TCP/UDP traffic needs an NLB (Service type LoadBalancer).',
    notChecked:
      "The design model gives a workload's Service only a port number, not a protocol (TCP, UDP or HTTP), and eksctl's ClusterConfig describes no load balancers, so nothing says what traffic an ALB would carry.",
  },
  'lb.nlb-via-lbc': {
    severity: 'warning',
    title: 'The in-tree cloud provider controller handles it and creates a Classic Load Balancer by default (it only get…',
  },
  'lb.nlb-default-internal': {
    severity: 'info',
    title: 'Since LBC v2.2.0 NLBs are internal by default.',
    notChecked:
      "Every NLB part has a scheme, and the generated Service always writes it as service.beta.kubernetes.io/aws-load-balancer-scheme, so the controller's internal default never applies.",
  },
  'lb.instance-target-service-type': {
    severity: 'error',
    title: 'Instance mode routes to NodePorts, so the Service must be NodePort or LoadBalancer.',
  },
  'lb.ip-target-needs-vpc-cni': {
    severity: 'error',
    title: 'IP targets require pod IPs routable in the VPC (VPC CNI secondary IPs); with alternate CNIs only instance ta…',
  },
  'lb.hybrid-ip-target': {
    severity: 'error',
    title: 'Pods on EKS Hybrid Nodes can only be load balanced as IP targets (remote pod network must be routable).',
  },
  'lb.lbc-iam': {
    severity: 'error',
    title: "The controller can't create/modify ELB resources without its IAM permissions.",
    notChecked:
      "Whenever the AWS Load Balancer Controller is on, the exported cluster.yaml gives its service account an IRSA or Pod Identity role with eksctl's awsLoadBalancerController policy, and an imported cluster.yaml shows the controller only through that policy.",
  },
  'lb.name-format': {
    severity: 'error',
    title: "ELB names must be <= 32 alphanumeric/hyphen characters, not start/end with a hyphen, and not start with 'int…",
  },
  'lb.prefer-ip-targets': {
    severity: 'info',
    title: 'IP targets skip the extra NodePort/kube-proxy hop and work with pod readiness gates; BPG recommends them.',
  },
  'lb.private-cluster-lbc': {
    severity: 'warning',
    title: 'In private clusters set enable-shield, enable-waf, enable-wafv2 to false; ACM certificate discovery from Ing…',
  },
  'as.hpa-metrics-server': {
    severity: 'error',
    title: 'The Horizontal Pod Autoscaler needs a metrics source (Kubernetes Metrics Server) to work.',
  },
  'as.hpa-requests': {
    severity: 'error',
    title: 'Utilization is computed against requests; without them the metric is undefined and the HPA takes no action.',
  },
  'as.hpa-min-max': {
    severity: 'error',
    title: 'HPA maxReplicas must be >= minReplicas and minReplicas >= 1.',
  },
  'as.ca-min-lt-max': {
    severity: 'warning',
    title: "Cluster Autoscaler respects ASG min/max and only adjusts desired; with min == max it can't scale.",
  },
  'as.ca-asg-tags': {
    severity: 'error',
    title: 'Auto-discovery finds ASGs by tag keys; untagged ASGs are never scaled.',
  },
  'as.ca-iam': {
    severity: 'error',
    title: "Cluster Autoscaler can't read or modify ASGs without these permissions.",
    notChecked:
      "Whenever Cluster Autoscaler is on, the exported cluster.yaml gives its service account an IRSA or Pod Identity role with eksctl's autoScaler policy, and an imported cluster.yaml shows Cluster Autoscaler only through that policy.",
  },
  'as.ca-version-match': {
    severity: 'warning',
    title: "Cross-version compatibility of Cluster Autoscaler isn't tested or supported.",
    notChecked:
      "The deployment bundle installs the Cluster Autoscaler chart and image of the cluster's own Kubernetes minor version, and says so when the app has no release for that version.",
  },
  'as.ca-private-cluster': {
    severity: 'warning',
    title: 'CA needs --aws-use-static-instance-list=true and STS + autoscaling VPC endpoints in private clusters.',
  },
  'as.ca-and-karpenter-overlap': {
    severity: 'warning',
    title: 'Two node autoscalers racing for the same pods cause duplicate or thrashing scale-ups.',
  },
  'as.karpenter-controller-placement': {
    severity: 'error',
    title: 'Karpenter must not run on a node it manages; it needs a small managed node group or a Fargate profile for it…',
  },
  'as.karpenter-discovery': {
    severity: 'error',
    title: "Karpenter can't launch nodes without resolvable subnets and security groups.",
  },
  'as.karpenter-spot-interruption': {
    severity: 'warning',
    title: 'Without interruption handling, Spot reclaims kill pods without graceful draining.',
  },
  'as.node-autoscaler-missing': {
    severity: 'info',
    title: 'HPA can add pods but nothing adds nodes; extra replicas will stay Pending.',
  },
  'sd.coredns-replicas': {
    severity: 'warning',
    title: 'Cluster DNS becomes a single point of failure.',
  },
  'sd.cloudmap-needs-controller': {
    severity: 'error',
    title: 'Nothing registers Kubernetes endpoints into AWS Cloud Map.',
  },
  'sd.cloudmap-iam': {
    severity: 'error',
    title: "The controller can't create services or register/deregister instances in Cloud Map.",
    notChecked:
      "ExternalDNS is the app's only Cloud Map controller, and the exported cluster.yaml gives its role AWSCloudMapFullAccess whenever a workload registers in a Cloud Map namespace (eksctl's ClusterConfig has no Cloud Map of its own).",
  },
  'sd.mcs-connectivity': {
    severity: 'error',
    title: 'Exported services are discoverable but unreachable; the controller requires inter-cluster network connectivi…',
    notChecked:
      'The design has no Cloud Map MCS controller and no link between VPCs (peering, Transit Gateway) or their security group and network ACL rules, so connectivity between clusters sharing services cannot be checked.',
  },
  'sd.cloudmap-private-dns-vpc': {
    severity: 'warning',
    title: "Private DNS namespaces are Route 53 private hosted zones bound to a VPC; other VPCs can't resolve them.",
  },
  'ecr.private-endpoints': {
    severity: 'error',
    title: "Image pulls fail: ECR needs api, dkr and S3 (image layers) endpoints when there's no internet egress.",
    checkedBy: ['vpc.private-subnet-egress'],
  },
  'ecr.endpoint-sg': {
    severity: 'error',
    title: 'The endpoint SG must allow HTTPS (443) from the private subnets.',
  },
  'ecr.same-region': {
    severity: 'warning',
    title: 'Cross-Region pulls incur inter-Region transfer and need internet/NAT egress; VPC endpoints are Regional.',
  },
  'ecr.pull-permission': {
    severity: 'error',
    title: 'Image pull fails with 403 / ImagePullBackOff.',
    checkedBy: ['ng.node-role-policies'],
  },
  'ecr.lifecycle': {
    severity: 'info',
    title: 'Images accumulate and storage ($0.10/GB-month) grows unbounded.',
  },
  'ecr.image-tag': {
    severity: 'info',
    title: 'Mutable tags make rollouts non-reproducible (kube-linter latest-tag).',
  },
  'sec.irsa-oidc': {
    severity: 'error',
    title: 'IRSA requires an IAM OIDC provider for the cluster; STS AssumeRoleWithWebIdentity fails otherwise.',
    checkedBy: ['eksctl.service-accounts-oidc', 'eksctl.addon-irsa-oidc', 'eksctl.karpenter-oidc'],
  },
  'sec.irsa-trust-scope': {
    severity: 'warning',
    title: 'Any service account in the cluster could assume the role.',
  },
  'sec.pod-identity-agent': {
    severity: 'error',
    title: 'EKS Pod Identity needs the Pod Identity Agent DaemonSet on each node.',
  },
  'sec.pod-identity-unsupported-compute': {
    severity: 'error',
    title: 'EKS Pod Identity works only for pods on Linux EC2 nodes (and hybrid nodes); not Fargate, Windows or Outposts.',
  },
  'sec.pod-identity-role-trust': {
    severity: 'error',
    title: "The EKS Auth service can't assume the role.",
    notChecked:
      'eksctl creates every Pod Identity role it makes with a trust policy for pods.eks.amazonaws.com (sts:AssumeRole and sts:TagSession), and reading the trust policy of a role given by ARN needs an AWS lookup.',
  },
  'sec.pod-identity-quota': {
    severity: 'error',
    title: 'Pod Identity associations per cluster are limited to 1,000 (not adjustable).',
  },
  'sec.prefer-pod-identity': {
    severity: 'info',
    title: 'AWS BPG recommends EKS Pod Identity over IRSA unless you need IRSA-specific behaviour (no per-cluster OIDC p…',
  },
  'sec.cni-policy-on-node-role': {
    severity: 'warning',
    title: 'Every pod that can reach IMDS inherits ENI-management permissions.',
    notChecked:
      "eksctl attaches AmazonEKS_CNI_Policy to every node role it creates unless iam.withOIDC is on, so the warning would fire on nearly every cluster without an OIDC provider, the app's default Pod Identity clusters among them.",
  },
  'sec.cluster-admin-binding': {
    severity: 'warning',
    title: 'Over-broad RBAC enables privilege escalation (kube-linter cluster-admin-role-binding, wildcard-in-rules).',
    notChecked:
      "Kubernetes RBAC objects (ClusterRoleBindings, Roles) are in neither the design model nor eksctl's ClusterConfig, and whether an access entry's principal is an administrator cannot be known offline.",
  },
  'sec.privileged-workloads': {
    severity: 'warning',
    title: 'Host-level access breaks isolation (kube-linter privileged-container, host-network, run-as-non-root).',
  },
  'sec.default-service-account': {
    severity: 'info',
    title: 'Shared/default service accounts make IAM/RBAC scoping impossible (kube-linter default-service-account).',
    notChecked:
      'The design model has no service account or token-automount setting for a workload, and the generated manifests give a workload its own service account only when it calls AWS APIs, so the info would fire on nearly every design.',
  },
  'sec.secrets-manager': {
    severity: 'info',
    title: 'Secrets Manager values reach pods via the Secrets Store CSI Driver + AWS provider (ASCP) with IRSA/Pod Ident…',
    notChecked:
      "Neither the design model nor eksctl's ClusterConfig has Kubernetes Secrets, container environment variables or AWS Secrets Manager secrets.",
  },
  'sec.network-policy': {
    severity: 'info',
    title: 'All pods can talk to all pods.',
    notChecked:
      "NetworkPolicies are Kubernetes objects that neither the design model nor eksctl's ClusterConfig has, so the info would fire on every cluster.",
  },
  'hybrid.cidr-rfc1918': {
    severity: 'error',
    title: 'Remote node and pod networks for EKS Hybrid Nodes must be IPv4 RFC1918 ranges.',
  },
  'hybrid.cidr-no-overlap': {
    severity: 'error',
    title: 'Hybrid node/pod CIDRs must not overlap each other, the cluster VPC CIDR or the Kubernetes service CIDR.',
  },
  'hybrid.cidr-quota': {
    severity: 'error',
    title: 'At most 15 CIDRs each for remote node and remote pod networks per cluster (not adjustable).',
  },
  'hybrid.ipv4-only': {
    severity: 'error',
    title: 'Hybrid nodes require an IPv4 cluster.',
  },
  'hybrid.auth-mode': {
    severity: 'error',
    title: 'Hybrid-node clusters must use API or API_AND_CONFIG_MAP authentication mode.',
  },
  'hybrid.endpoint-mode': {
    severity: 'error',
    title: "With 'Public and Private' the API endpoint resolves to public IPs for hybrid nodes outside the VPC, which ca…",
  },
  'hybrid.connectivity': {
    severity: 'error',
    title: "Hybrid nodes need reliable private connectivity to the VPC; they aren't for disconnected environments.",
  },
  'hybrid.vpc-routes': {
    severity: 'error',
    title: "The control plane and VPC workloads can't reach kubelets/pods on-prem.",
    notChecked:
      "Route tables are not in the design or eksctl's ClusterConfig: eksctl adds routes for the remote node and Pod networks itself when it builds the VPC and the export writes remoteNetworkConfig.vpcGatewayID, and an existing VPC's routes need an AWS lookup.",
  },
  'hybrid.cluster-sg': {
    severity: 'error',
    title: "The EKS cluster SG inbound rules can't be altered; an extra SG is needed so kubelets/webhooks on-prem reach…",
    notChecked:
      'eksctl opens HTTPS from every remote node and Pod network on the control-plane security group it creates, and the rules of a security group you bring (vpc.securityGroup, controlPlaneSecurityGroupIDs) are not in the ClusterConfig and need an AWS lookup.',
  },
  'hybrid.remote-pod-network': {
    severity: 'warning',
    title: "The control plane can't reach webhooks on hybrid nodes and pod-to-pod traffic from the VPC fails.",
  },
  'hybrid.cni': {
    severity: 'error',
    title: 'The VPC CNI runs only on EC2; hybrid nodes need Cilium or Calico and stay NotReady until a CNI runs.',
  },
  'hybrid.credentials': {
    severity: 'error',
    title: 'Hybrid nodes authenticate with temporary credentials from SSM hybrid activations or IAM Roles Anywhere.',
    notChecked:
      'The export always writes the credential provider (remoteNetworkConfig.iam.provider), from which eksctl creates the Hybrid Nodes role and its HYBRID_LINUX access entry (IAM Roles Anywhere without caBundleCert is eksctl.remote-network-config), while the SSM hybrid activations are made outside eksctl and the ClusterConfig.',
  },
  'hybrid.coredns-placement': {
    severity: 'info',
    title: 'AWS recommends at least one CoreDNS replica on cloud nodes and one on hybrid nodes.',
  },
  'hybrid.enable-existing': {
    severity: 'info',
    title: 'Remote network config can now be added/changed on existing clusters (UpdateClusterConfig); older docs/eksctl…',
    notChecked:
      'Nothing to flag: EKS and eksctl (eksctl upgrade cluster) now add or change remoteNetworkConfig on existing clusters, and a design does not record whether its cluster exists already.',
  },
  'apigw.vpclink-target-type': {
    severity: 'error',
    title: 'VPC link V1 (REST, legacy) only supports NLBs; VPC link V2 supports ALB/NLB for REST and HTTP APIs; only HTT…',
  },
  'apigw.same-account': {
    severity: 'error',
    title: 'All private-integration resources must be owned by the same AWS account.',
    notChecked:
      'The design has no AWS accounts: an API, its VPC link and the load balancer or Cloud Map service behind it are drawn without the account that owns them.',
  },
  'apigw.vpclink-no-lb': {
    severity: 'error',
    title: 'API Gateway private integrations reach VPC resources only through a VPC link to a load balancer or Cloud Map…',
  },
  'apigw.nlb-multi-az': {
    severity: 'warning',
    title: 'API Gateway recommends the NLB route to resources in more than one AZ for availability.',
  },
  'apigw.internal-lb': {
    severity: 'info',
    title: 'A private integration exists to reach private VPC resources; an internet-facing LB also exposes the backend…',
  },
  'addon.compute-compatibility': {
    severity: 'error',
    title: "This EKS add-on doesn't support the compute type it is placed on.",
  },
  'addon.ebs-csi-iam': {
    severity: 'error',
    title: "The EBS CSI controller can't create/attach volumes; PVCs stay Pending.",
  },
  'addon.cloudwatch-iam': {
    severity: 'error',
    title: "The CloudWatch agent can't publish metrics/logs.",
  },
  'addon.fargate-logging': {
    severity: 'info',
    title: "Fargate has a built-in Fluent Bit log router (aws-observability namespace ConfigMap); node agents don't run…",
  },
  'addon.vpc-cni-iam': {
    severity: 'warning',
    title: "aws-node falls back to the node role's permissions (needs AmazonEKS_CNI_Policy on the node role).",
    notChecked:
      "Without an OIDC provider eksctl gives the vpc-cni add-on no role of its own and puts AmazonEKS_CNI_Policy on every node role instead, so the warning would fire on nearly every such cluster; a node role without that policy and no vpc-cni role is ng.node-role-policies' error.",
  },
  'quota.fargate-profiles': {
    severity: 'warning',
    title: 'Default quota is 10 Fargate profiles per cluster.',
  },
  'quota.clusters': {
    severity: 'warning',
    title: 'Default quota is 100 clusters per Region per account.',
  },
};
