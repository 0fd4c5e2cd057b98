/**
 * The image a workload's containers run: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>` from
 * the ECR repository connected to it (the tag or digest taken from the workload's image), else the image
 * the workload names, else a placeholder.
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { imageReference } from '../rules/catalog/ecr/image-tag.js';
import { ecrRegistry } from './aws-names.js';

export interface ResolvedImage {
  image: string;
  /** The ECR repository the image comes from, when one is connected. */
  repository?: PartOf<'ecr'>;
  /** Connected repositories, when more than one (the first matching the image is used). */
  repositoryCount: number;
  /** Set when the image is a placeholder variable (`${IMAGE_<NAME>}`). */
  placeholder?: string;
}

/** `:tag` and/or `@digest` of an image reference, as written after the repository. */
function tagSuffix(image: string): string {
  const trimmed = image.trim();
  const at = trimmed.indexOf('@');
  const digest = at >= 0 ? trimmed.slice(at) : '';
  const { tag } = imageReference(trimmed);
  return `${tag !== undefined && tag !== '' ? `:${tag}` : ''}${digest}`;
}

/** The placeholder variable for a workload with no image: `${IMAGE_FRONTEND_API}`. */
export function imageVariable(workloadName: string): string {
  const slug = workloadName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `\${IMAGE_${slug === '' ? 'WORKLOAD' : slug}}`;
}

export function resolveImage(index: DesignIndex, workload: PartOf<'workload'>, clusterRegion: string): ResolvedImage {
  const repos = index.sourcesOf(workload, 'ecr');
  const own = workload.props.image.trim();
  if (repos.length > 0) {
    // The repository the workload's image already names, when it names one; otherwise the first drawn.
    const repository =
      repos.find((r) => own.includes(`/${r.props.repositoryName}:`) || own.includes(`/${r.props.repositoryName}@`)) ?? repos[0]!;
    const region = repository.props.region || clusterRegion;
    return {
      image: `${ecrRegistry(region)}/${repository.props.repositoryName}${tagSuffix(own)}`,
      repository,
      repositoryCount: repos.length,
    };
  }
  if (own !== '') return { image: own, repositoryCount: 0 };
  const variable = imageVariable(workload.name);
  return { image: variable, repositoryCount: 0, placeholder: variable };
}
