import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { memoByString } from '../../../util/memo.js';

/** The tag of an image reference (`registry:5000/app:1.2` -> `1.2`), and whether it is pinned by digest. */
export const imageReference: (image: string) => Readonly<{ tag?: string; digest: boolean }> = memoByString((image) => {
  const [name = '', digest] = image.trim().split('@', 2);
  const last = name.slice(name.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return Object.freeze({ ...(colon >= 0 ? { tag: last.slice(colon + 1) } : {}), digest: digest !== undefined && digest !== '' });
});

export const imageTag = defineRule({
  id: 'ecr.image-tag',
  severity: 'info',
  area: 'ecr',
  source: 'https://github.com/stackrox/kube-linter/blob/main/docs/generated/checks.md',
  text: {
    en: {
      message:
        'Workload {{workload}} uses image {{image}}, which has no tag or the mutable tag latest, so a rollout may start a different image than the one you tested.',
      fix: 'Pin {{workload}} to a version tag or a digest, and turn on tag immutability in the ECR repository.',
    },
    ja: {
      message:
        'ワークロード {{workload}} のイメージ {{image}} はタグがないか、変更可能な latest タグのため、デプロイのたびにテストしたものと違うイメージが動く可能性があります。',
      fix: '{{workload}} のイメージをバージョンタグかダイジェストで固定し、ECR リポジトリのタグのイミュータビリティを有効にしてください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      const image = workload.props.image.trim();
      // An empty image is design.workload-no-image's finding.
      if (image === '') continue;
      const ref = imageReference(image);
      if (ref.digest || (ref.tag !== undefined && ref.tag !== '' && ref.tag !== 'latest')) continue;
      findings.push({ partIds: [workload.id], params: { workload: workload.name, image } });
    }
    return findings;
  },
});
