import type { Rule } from '../../types.js';
import { authModeConfigmap } from './auth-mode-configmap.js';
import { clusterNameChars } from './cluster-name-chars.js';
import { controlPlaneLogging } from './control-plane-logging.js';
import { endpointAccessValid } from './endpoint-access-valid.js';
import { endpointPublicCidrsNoPrivate } from './endpoint-public-cidrs-no-private.js';
import { endpointPublicOpen } from './endpoint-public-open.js';
import { ipv6CoreAddons } from './ipv6-core-addons.js';
import { kmsKeyRequirements } from './kms-key-requirements.js';
import { nameFormat } from './name-format.js';
import { nameUnique } from './name-unique.js';
import { privateClusterNodeNetworking } from './private-cluster-node-networking.js';
import { privateClusterRequirements } from './private-cluster-requirements.js';
import { quotaClusters } from './quota-clusters.js';
import { quotaFargateProfiles } from './quota-fargate-profiles.js';
import { regionSupported } from './region-supported.js';
import { secretsEncryption } from './secrets-encryption.js';
import { secretsKeyArn } from './secrets-key-arn.js';
import { serviceCidrIpv6 } from './service-cidr-ipv6.js';
import { versionExtendedSupport } from './version-extended-support.js';
import { versionNewerThanCalendar } from './version-newer-than-calendar.js';
import { standardSupportEnded } from './standard-support-ended.js';
import { versionSupported } from './version-supported.js';

export const clusterRules: readonly Rule[] = [
  nameFormat,
  nameUnique,
  versionSupported,
  versionExtendedSupport,
  versionNewerThanCalendar,
  standardSupportEnded,
  endpointAccessValid,
  endpointPublicOpen,
  endpointPublicCidrsNoPrivate,
  privateClusterRequirements,
  controlPlaneLogging,
  secretsEncryption,
  kmsKeyRequirements,
  authModeConfigmap,
  quotaClusters,
  quotaFargateProfiles,
  clusterNameChars,
  regionSupported,
  privateClusterNodeNetworking,
  serviceCidrIpv6,
  ipv6CoreAddons,
  secretsKeyArn,
];
