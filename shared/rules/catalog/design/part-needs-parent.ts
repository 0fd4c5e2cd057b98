import { defineRule } from '../../define.js';
import { ALLOWED_PARENTS, PARENT_REQUIRED } from '../../../model/structure.js';

export const partNeedsParent = defineRule({
  id: 'design.part-needs-parent',
  severity: 'error',
  area: 'design',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html',
  text: {
    en: {
      message: '{{name}} ({{kind}}) is not inside a {{parents}}, so it belongs to nothing and would not be created.',
      fix: 'Drag {{name}} into a {{parents}}.',
    },
    ja: {
      message: '{{name}}（{{kind}}）が {{parents}} の中にないため、どこにも属さず作成されません。',
      fix: '{{name}} を {{parents}} の中にドラッグしてください。',
    },
  },
  check(index) {
    return index.parts
      .filter((p) => p.parentId === undefined && PARENT_REQUIRED.has(p.kind))
      .map((p) => ({ partIds: [p.id], params: { name: p.name, kind: p.kind, parents: ALLOWED_PARENTS[p.kind].join(' / ') } }));
  },
});
