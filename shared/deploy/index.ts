/** Deployment bundle: controller installs, runbook (DEPLOY.md, deploy.sh) and the folder that holds them. */
export { assembleBundle, renderValuesFile, type BundleParts } from './bundle.js';
export { bundleManifestFiles } from './bundle-manifests.js';
export { deploymentBundle, type DeploymentBundle } from './deployment-bundle.js';
export { planDeployment } from './plan.js';
export { renderRunbook } from './runbook.js';
export { renderDeployScript } from './deploy-script.js';
export { chartSource } from './steps.js';
export type * from './types.js';
