import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { capabilities as rule } from './capabilities.js';

const roleArn = 'arn:aws:iam::111122223333:role/capability';

describe(rule.id, () => {
  it('flags a capability without a type and an Argo CD capability without awsIdc', () => {
    const capabilities = [
      { name: 'ack', roleArn },
      { name: 'argocd', type: 'ARGOCD', roleArn, configuration: { argocd: { namespace: 'argocd' } } },
    ];
    expect(problemsFor(rule, { capabilities })).toEqual([
      ['capabilities[0]', 'capability type is required'],
      ['capabilities[1]', 'awsIdc configuration is required for ARGOCD capability'],
    ]);
  });

  it("passes eksctl's example capabilities and the baseline", () => {
    const capabilities = [
      { name: 'ack', type: 'ACK', roleArn },
      {
        name: 'argocd',
        type: 'ARGOCD',
        roleArn,
        configuration: { argocd: { awsIdc: { idcInstanceArn: 'arn:aws:sso:::instance/ssoins-1111222233334444' } } },
      },
    ];
    expect(problemsFor(rule, { capabilities })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
