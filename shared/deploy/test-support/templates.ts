/** Every template's bundle, built the way the CLI and the app build it, for the deploy tests. */
import { exportEksctlYaml } from '../../export/export-yaml.js';
import type { ClusterConfig } from '../../export/types.js';
import type { Design } from '../../model/design.js';
import { TEST_CONTEXT } from '../../rules/test-support/builder.js';
import { deploymentBundle, type DeploymentBundle } from '../deployment-bundle.js';
import type { Lang } from '../types.js';
import { loadTemplate as loadTemplateDocument, TEMPLATES, type TemplateId } from '../../../templates/index.js';

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((t) => t.id).sort();

export function loadTemplate(id: string): Design {
  return loadTemplateDocument(id).design;
}

export interface TemplateBundle extends DeploymentBundle {
  design: Design;
  config: ClusterConfig;
}

/** The bundle of a design's only cluster; the export must pass the rules (the templates have no errors). */
export function bundleOf(design: Design, lang: Lang = 'en'): TemplateBundle {
  const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT });
  return { design, config, ...deploymentBundle(design, { lang, clusterYaml: yaml }) };
}

export function templateBundle(id: string, lang: Lang = 'en'): TemplateBundle {
  return bundleOf(loadTemplate(id), lang);
}

/** `design` with its clusters' Karpenter allowed to launch Spot nodes (the bundle then sets up the interruption queue). */
export function withSpotKarpenter(design: Design): Design {
  const copy = structuredClone(design);
  for (const part of copy.parts)
    if (part.kind === 'cluster' && part.props.addons.nodeAutoscaler === 'karpenter')
      part.props.addons.karpenterCapacity.capacityType = 'SPOT';
  return copy;
}

/** Bundles that show what no template does, kept as reviewed fixtures beside the templates' (fixtures/<id>/). */
export const VARIANT_BUNDLES: Readonly<Record<string, (lang: Lang) => TemplateBundle>> = {
  'microservices-karpenter-spot': (lang) => bundleOf(withSpotKarpenter(loadTemplate('microservices')), lang),
};
