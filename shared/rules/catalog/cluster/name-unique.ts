import { defineRule } from '../../define.js';
import type { PartOf } from '../../../model/parts.js';

export const nameUnique = defineRule({
  id: 'cluster.name-unique',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/create-cluster.html',
  text: {
    en: {
      message: '{{count}} clusters are named "{{name}}" in {{region}}; cluster names must be unique per AWS account and Region.',
      fix: 'Give each cluster in {{region}} its own name.',
    },
    ja: {
      message:
        '{{region}} に「{{name}}」という名前のクラスターが {{count}} 個あります。クラスター名は AWS アカウントとリージョンごとに一意である必要があります。',
      fix: '{{region}} の各クラスターに別の名前を付けてください。',
    },
  },
  check(index) {
    const groups = new Map<string, PartOf<'cluster'>[]>();
    for (const c of index.ofKind('cluster')) {
      const key = `${c.props.region}\u0000${c.name}`;
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
    return [...groups.values()]
      .filter((list) => list.length > 1)
      .map((list) => ({
        partIds: list.map((c) => c.id),
        params: { name: list[0]!.name, region: list[0]!.props.region, count: list.length },
      }));
  },
});
