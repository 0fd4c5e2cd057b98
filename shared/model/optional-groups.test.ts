import { describe, expect, it } from 'vitest';
import { newOptionalGroup } from './optional-groups.js';
import { addonsSchema, workloadPropsSchema } from './parts.js';
import { validateDesign } from '../rules/engine.js';
import { baselineBuilder } from '../rules/test-support/builder.js';

describe('newOptionalGroup', () => {
  it('starts an HPA at the replicas running today (at least 2), three times that at most, 70% CPU', () => {
    const hpaSchema = workloadPropsSchema.shape.hpa.unwrap();
    expect(newOptionalGroup('workload', 'hpa', { replicas: 3 }, hpaSchema)).toEqual({
      minReplicas: 3,
      maxReplicas: 9,
      targetCpuPercent: 70,
    });
    expect(newOptionalGroup('workload', 'hpa', { replicas: 1 }, hpaSchema)).toEqual({
      minReplicas: 2,
      maxReplicas: 6,
      targetCpuPercent: 70,
    });
  });

  it('adds an HPA to a workload without one and raises no finding', () => {
    const { b, workload } = baselineBuilder();
    delete workload.props.hpa;
    const before = validateDesign(b.build()).map((d) => d.ruleId);
    workload.props.hpa = workloadPropsSchema.shape.hpa
      .unwrap()
      .parse(newOptionalGroup('workload', 'hpa', workload.props, workloadPropsSchema.shape.hpa.unwrap()));
    expect(validateDesign(b.build()).map((d) => d.ruleId)).toEqual(before);
  });

  it("falls back to the group schema's own defaults", () => {
    expect(newOptionalGroup('cluster', 'addons', {}, addonsSchema)).toEqual(addonsSchema.parse({}));
  });
});
