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
  // Elements rather than destructuring with a rest: below TurboFan that walks an iterator. The resource is the rest,
  // colons and all.
  const resource = parts.length === 6 ? parts[5]! : parts.slice(5).join(':');
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]!, account: parts[4]!, resource };
}
