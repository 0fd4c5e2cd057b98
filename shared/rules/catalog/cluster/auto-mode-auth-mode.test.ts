import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { autoModeAuthMode as rule } from './auto-mode-auth-mode.js';

const AUTO = 'autoModeConfig:\n  enabled: true\n';
const mode = (m: string) => `accessConfig:\n  authenticationMode: ${m}\n`;

describe(rule.id, () => {
  it('flags Auto Mode with the CONFIG_MAP authentication mode', () => {
    expect(runOnYaml(rule, AUTO + mode('CONFIG_MAP')).map((f) => f.configPath)).toEqual(['accessConfig.authenticationMode']);
  });

  it('passes API, API_AND_CONFIG_MAP, the default, and CONFIG_MAP without Auto Mode', () => {
    expect(runOnYaml(rule, AUTO + mode('API'))).toEqual([]);
    expect(runOnYaml(rule, AUTO + mode('API_AND_CONFIG_MAP'))).toEqual([]);
    expect(runOnYaml(rule, AUTO)).toEqual([]);
    expect(runOnYaml(rule, mode('CONFIG_MAP') + 'managedNodeGroups:\n  - name: ng\n    instanceType: m7i.large\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
