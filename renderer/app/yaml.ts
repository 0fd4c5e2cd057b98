/**
 * The design's eksctl cluster.yaml for the preview and the export command. The rules are not run here:
 * the store already holds this revision's diagnostics, so each committed edit costs one validation.
 * The bytes are the same as `exportEksctlYaml(design, { force: true, lang }).yaml`: its comments are in the UI's
 * language, as `eks-sandbox export --lang` writes them.
 */
import { buildClusterConfigDetailed, renderClusterYaml } from '../../shared/export/index.js';
import type { Design } from '../../shared/model/design.js';
import type { Language } from '../../shared/rules/types.js';
import { localizeError } from '../../shared/errors/localized.js';
import { currentLanguage } from '../i18n/index.js';

export type YamlResult = { ok: true; yaml: string } | { ok: false; message: string };

/** `clusterId` picks one cluster of several (see chooseCluster); without it the design must have one. */
export function designYaml(design: Design, clusterId?: string, lang: Language = currentLanguage()): YamlResult {
  try {
    const built = buildClusterConfigDetailed(design, clusterId !== undefined ? { clusterId } : {});
    return { ok: true, yaml: renderClusterYaml(built.config, design.name, built.notes, lang) };
  } catch (err) {
    // In the UI's language: the YAML panel and the export command show it as it is.
    return { ok: false, message: localizeError(err, lang) };
  }
}
