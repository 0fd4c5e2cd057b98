/**
 * VPC endpoint services an EKS design commonly needs, by the service suffix the model stores
 * (`com.amazonaws.<region>.<suffix>`). Private nodes pull images (ecr.api, ecr.dkr, s3), get credentials
 * (sts, eks-auth for Pod Identity), join the cluster (eks, ec2) and ship logs (logs).
 * Source: https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html (2026-08-21).
 */
export const VPC_ENDPOINT_SERVICES = [
  'ec2',
  'ecr.api',
  'ecr.dkr',
  's3',
  'sts',
  'eks',
  'eks-auth',
  'elasticloadbalancing',
  'autoscaling',
  'logs',
  'ssm',
  'ssmmessages',
  'ec2messages',
  'kms',
  'secretsmanager',
  'xray',
  'monitoring',
  'sqs',
  'elasticfilesystem',
] as const;
