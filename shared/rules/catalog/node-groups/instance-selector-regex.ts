import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, hasInstanceSelector, obj } from './config-node-groups.js';
import { goRegexpProblem } from './go-regexp.js';

/**
 * eksctl compiles instanceSelector.allow and .deny with Go's regexp.Compile while it expands the selector into
 * instance types (pkg/eks/nodegroup_service.go:expandInstanceSelector), for managed and self-managed groups
 * alike, and stops at a pattern Go cannot compile: RE2 syntax, so no lookahead or backreferences, which
 * patterns written for other engines often carry.
 */
export const instanceSelectorRegex = defineConfigRule({
  id: 'eksctl.instance-selector-regex',
  severity: 'error',
  area: 'node-groups',
  eksctl: [40],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/eks/nodegroup_service.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} filters its instance selector with {{field}} "{{pattern}}", which Go\'s regexp cannot compile ({{problem}}); eksctl stops there ("invalid value \\"{{pattern}}\\" for instanceSelector.{{field}}").',
      fix: 'Write {{path}} in Go RE2 syntax: no lookahead, lookbehind or backreferences (list what to leave out in deny instead of "(?!…)" in allow), with brackets and parentheses balanced, for example "m[5-7]i?[.].*".',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のインスタンスセレクターの {{field}}「{{pattern}}」は Go の regexp でコンパイルできません（{{problem}}）。eksctl はここで止まります（「invalid value \\"{{pattern}}\\" for instanceSelector.{{field}}」）。',
      fix: '{{path}} は Go の RE2 構文で書いてください。先読み・後読み・後方参照は使えません（allow の "(?!…)" の代わりに、除きたいものを deny に書きます）。括弧は対応させます（例: "m[5-7]i?[.].*"）。',
    },
  },
  needs: ['managedNodeGroups[].instanceSelector', 'nodeGroups[].instanceSelector'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      if (!hasInstanceSelector(g.ng)) return [];
      const selector = obj(g.ng['instanceSelector']);
      const findings: ConfigFinding[] = [];
      for (const field of ['allow', 'deny'] as const) {
        const pattern = selector[field];
        if (typeof pattern !== 'string') continue;
        const problem = goRegexpProblem(pattern);
        if (problem !== undefined)
          findings.push({ path: g.at('instanceSelector', field), params: { nodeGroup: g.name, field, pattern, problem } });
      }
      return findings;
    });
  },
});
