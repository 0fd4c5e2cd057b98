import type { Rule } from '../../types.js';
import { controllerImagesNoEgress } from './controller-images.js';
import { controllerImagesPrivateExistingVpc } from './controller-images-private-existing-vpc.js';
import { endpointSg } from './endpoint-sg.js';
import { imageTag } from './image-tag.js';
import { lifecycle } from './lifecycle.js';
import { registryUnreachable } from './registry-unreachable.js';
import { sameRegion } from './same-region.js';

export const ecrRules: readonly Rule[] = [
  registryUnreachable,
  sameRegion,
  lifecycle,
  imageTag,
  endpointSg,
  controllerImagesNoEgress,
  controllerImagesPrivateExistingVpc,
];
