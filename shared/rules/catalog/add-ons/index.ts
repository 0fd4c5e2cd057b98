import type { Rule } from '../../types.js';
import { cloudwatchIam } from './cloudwatch-iam.js';
import { computeCompatibility } from './compute-compatibility.js';
import { ebsCsiIam } from './ebs-csi-iam.js';
import { efsCsiDriver } from './efs-csi-driver.js';
import { fargateLogging } from './fargate-logging.js';
import { vpcCniRequired } from './vpc-cni-required.js';
import { addonIrsaOidc } from './addon-irsa-oidc.js';
import { addonValues } from './addon-values.js';
import { addonIdentity } from './addon-identity.js';
import { addonDuplicate } from './addon-duplicate.js';
import { addonPodIdentityOutside } from './addon-pod-identity-outside.js';
import { controllersNoNode } from './controllers-no-node.js';
import { addonNameUnknown } from './addon-name-unknown.js';
import { addonPodIdentityFieldsDropped } from './addon-pod-identity-fields-dropped.js';

export const addOnsRules: readonly Rule[] = [
  computeCompatibility,
  ebsCsiIam,
  efsCsiDriver,
  cloudwatchIam,
  fargateLogging,
  vpcCniRequired,
  addonValues,
  addonIdentity,
  addonIrsaOidc,
  addonDuplicate,
  addonPodIdentityOutside,
  controllersNoNode,
  addonNameUnknown,
  addonPodIdentityFieldsDropped,
];
