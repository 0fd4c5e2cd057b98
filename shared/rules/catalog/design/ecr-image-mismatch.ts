import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { registryHost } from '../ecr/registry-unreachable.js';
import { memoByString } from '../../../util/memo.js';

const PRIVATE_ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;

/** Repository path of an image reference: without registry host, tag and digest. */
function repositoryPath(image: string, host: string): string {
  const withoutDigest = image.split('@', 1)[0] ?? '';
  const path = image.startsWith(`${host}/`) ? withoutDigest.slice(host.length + 1) : withoutDigest;
  const colon = path.lastIndexOf(':');
  return colon > path.lastIndexOf('/') ? path.slice(0, colon) : path;
}

/** The repository a private ECR image is in, or undefined for any other registry; once per image string. */
const privateEcrRepository = memoByString((image: string): string | undefined => {
  const host = registryHost(image);
  return PRIVATE_ECR_HOST.test(host) ? repositoryPath(image, host) : undefined;
});

/**
 * The drawing says the image comes from an ECR repository; the image field is what the pods pull.
 * When they disagree, checks that trust the arrow (ECR Region, endpoints) judge the wrong registry.
 */
export const ecrImageMismatch = defineRule({
  id: 'design.ecr-image-mismatch',
  severity: 'warning',
  area: 'design',
  source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html',
  text: {
    en: {
      message:
        'Workload {{workload}} is drawn as pulling from ECR repository {{repository}}, but its image {{image}} is not in that repository.',
      fix: 'Set the image of {{workload}} to <account>.dkr.ecr.<region>.amazonaws.com/{{repository}}:<tag>, or remove the connection.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は ECR リポジトリ {{repository}} からプルする設計ですが、イメージ {{image}} はそのリポジトリのものではありません。',
      fix: '{{workload}} のイメージを <account>.dkr.ecr.<region>.amazonaws.com/{{repository}}:<tag> にするか、接続を削除してください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
    const repositories = index.ofKind('ecr');
    for (let k = 0; k < repositories.length; k++) {
      const repo = repositories[k]!;
      const targets = index.targetsOf(repo, 'workload');
      for (let i = 0; i < targets.length; i++) {
        const w = targets[i]!;
        const image = w.props.image.trim();
        // No image at all is design.workload-no-image's finding.
        if (image === '') continue;
        if (privateEcrRepository(image) === repo.props.repositoryName) continue;
        out.push({ partIds: [w.id, repo.id], params: { workload: w.name, repository: repo.props.repositoryName, image } });
      }
    }
    return out;
  },
});
