/**
 * Whether a cluster's control plane runs on AWS Outposts (outpost.controlPlaneOutpostARN, usually carried
 * through from an import). eksctl then expects one subnet in the Outpost's one zone: it needs a single
 * private subnet for private node groups (OutpostsMinRequiredSubnets = 1) and skips its subnet-count check
 * (eksctl pkg/apis/eksctl.io/v1alpha5/vpc.go HasSufficientPrivateSubnets, HasSufficientSubnets).
 */
import { defineViewFact } from '../config-view.js';
import { controlPlaneOutpost } from '../catalog/node-groups/config-node-groups.js';

export const controlPlaneOnOutposts = defineViewFact((view) => controlPlaneOutpost(view.config) !== undefined);
