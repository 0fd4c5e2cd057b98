import { describe, expect, it } from 'vitest';
import { looksLikeEksctlYaml } from './detect.js';

describe('looksLikeEksctlYaml', () => {
  it('reads .yaml/.yml files and text starting with apiVersion as eksctl configs', () => {
    expect(looksLikeEksctlYaml('cluster.yml')).toBe(true);
    expect(looksLikeEksctlYaml('cluster', '# comment\n---\napiVersion: eksctl.io/v1alpha5\n')).toBe(true);
    expect(looksLikeEksctlYaml('cluster', 'name: x\n')).toBe(false);
  });

  it('reads a JSON ClusterConfig (eksctl create cluster -f cluster.json works) but not a design file', () => {
    const config = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'c', region: 'eu-north-1' } };
    expect(looksLikeEksctlYaml('example.json', JSON.stringify(config, null, 2))).toBe(true);
    expect(looksLikeEksctlYaml('example.json', `\ufeff${JSON.stringify(config)}`)).toBe(true);
    expect(looksLikeEksctlYaml('d.json', JSON.stringify({ format: 'eks-sandbox-design', notes: 'a ClusterConfig' }))).toBe(false);
    expect(looksLikeEksctlYaml('d.json', JSON.stringify({ ...config, kind: 'NodeGroup' }))).toBe(false);
    expect(looksLikeEksctlYaml('d.json', '{ "kind": "ClusterConfig", ')).toBe(false);
  });
});
