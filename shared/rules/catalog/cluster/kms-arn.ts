/** Parsing of the KMS key ARN used for secrets encryption, as eksctl (`arn.Parse`) and EKS read it. */

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits `arn:partition:service:region:account:resource`; undefined when the text is no ARN. */
export function parseArn(text: string): Arn | undefined {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account, ...resource] = parts as [string, string, string, string, string, ...string[]];
  return { partition, service, region, account, resource: resource.join(':') };
}
