/** Every template's bundle, built the way the CLI and the app build it, for the deploy tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { exportEksctlYaml } from '../../export/export-yaml.js';
import type { ClusterConfig } from '../../export/types.js';
import type { Design } from '../../model/design.js';
import { parseDesignValue } from '../../model/document.js';
import { TEST_CONTEXT } from '../../rules/test-support/builder.js';
import { deploymentBundle, type DeploymentBundle } from '../deployment-bundle.js';
import type { Lang } from '../types.js';

const TEMPLATES_DIR = new URL('../../../templates/', import.meta.url);

export const TEMPLATE_IDS = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

export function loadTemplate(id: string): Design {
  return parseDesignValue(JSON.parse(readFileSync(new URL(`${id}.json`, TEMPLATES_DIR), 'utf8'))).design;
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
