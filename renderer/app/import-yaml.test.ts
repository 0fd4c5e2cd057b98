import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next } from '../i18n/index.js';
import { EMPTY_DESIGN, store } from '../store/app-store.js';
import { importYamlText } from './import-yaml.js';

vi.mock('../platform/index.js', () => ({
  platform: { writeBackup: vi.fn(async () => undefined), readBackup: vi.fn(async () => null), setDocumentState: vi.fn() },
}));

/** A cluster.yaml whose suppressions name a node group it has and two it does not. */
const YAML = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: payments
  region: eu-north-1
  annotations:
    eks-sandbox.io/suppressions: '[{"kind":"managed-node-group","name":"ng-1","ruleId":"ng.spot-diversification","reason":"batch"},{"kind":"managed-node-group","name":"gone","ruleId":"ng.a","reason":"r"},{"kind":"fargate-profile","name":"fp","ruleId":"fp.b","reason":"r"}]'
managedNodeGroups:
  - name: ng-1
`;

describe('importing cluster.yaml with suppressions', () => {
  beforeEach(async () => {
    store.openDesign(EMPTY_DESIGN, null, true);
    await i18next.changeLanguage('en');
  });

  it('opens the design with the suppressions it could place, and says in the banner what it left out', async () => {
    await expect(importYamlText({ name: 'cluster.yaml', text: YAML })).resolves.toBe(true);
    const { design, banner } = store.getState();
    expect(design.parts.find((p) => p.name === 'ng-1')?.suppressions).toEqual([
      { ruleId: 'ng.spot-diversification', reason: 'batch' },
    ]);
    expect(banner).toEqual({
      kind: 'info',
      text: 'Imported cluster.yaml, leaving out what it could not read: line 7, metadata.annotations["eks-sandbox.io/suppressions"]: entry 2 suppresses ng.a on managed-node-group "gone", which this file does not have; it was left out (and 1 more)',
    });
  });

  it('says it in Japanese in the Japanese UI', async () => {
    await i18next.changeLanguage('ja');
    await importYamlText({ name: 'cluster.yaml', text: YAML });
    await i18next.changeLanguage('en');
    expect(store.getState().banner?.text).toBe(
      'cluster.yaml をインポートしました。読み取れなかったものは除いています: 7 行目、metadata.annotations["eks-sandbox.io/suppressions"]: 2 番目の項目: managed-node-group のパーツ「gone」の ng.a を抑制していますが、このファイルにはありません。この抑制設定はインポートしていません（ほか 1 件）',
    );
  });

  it('shows no banner when everything was read', async () => {
    await importYamlText({ name: 'cluster.yaml', text: YAML.replace(/^ {2}annotations:\n.*\n/m, '') });
    expect(store.getState().banner).toBeNull();
  });
});
