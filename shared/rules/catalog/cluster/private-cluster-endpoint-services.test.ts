import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterEndpointServices as rule } from './private-cluster-endpoint-services.js';

const prefix = 'invalid value in privateCluster.additionalEndpointServices: ';

describe(rule.id, () => {
  it('flags an unsupported service and a duplicate, quoting eksctl', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { fullyPrivate: true, extra: { privateCluster: { additionalEndpointServices: ['logs', 'eks-auth'] } } });
    b.cluster(undefined, { fullyPrivate: true, extra: { privateCluster: { additionalEndpointServices: ['logs', 'logs'] } } });
    const found = runRule(rule, b.build());
    expect(found.map((f) => [f.configPath, f.params?.['eksctlError']])).toEqual([
      ['privateCluster.additionalEndpointServices[1]', `${prefix}unsupported endpoint service "eks-auth"`],
      ['privateCluster.additionalEndpointServices[1]', `${prefix}found duplicate endpoint service: "logs"`],
    ]);
  });

  it('flags additional services with skipEndpointCreation', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, {
      fullyPrivate: true,
      extra: { privateCluster: { skipEndpointCreation: true, additionalEndpointServices: ['cloudformation'] } },
    });
    expect(runRule(rule, b.build()).map((f) => f.params?.['eksctlError'])).toEqual([
      'privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true',
    ]);
  });

  it('passes what the exporter writes (autoscaling, logs; none with skipEndpointCreation), and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { fullyPrivate: true, addons: { nodeAutoscaler: 'cluster-autoscaler', cloudWatchObservability: true } });
    b.cluster(undefined, {
      fullyPrivate: true,
      addons: { nodeAutoscaler: 'cluster-autoscaler' },
      extra: { privateCluster: { skipEndpointCreation: true } },
    });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
