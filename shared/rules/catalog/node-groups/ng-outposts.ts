import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  amiFamilyOf,
  arr,
  configNodeGroups,
  controlPlaneOutpost,
  EKSCTL_VALIDATION_SOURCE,
  hasInstanceSelector,
  nonEmpty,
} from './config-node-groups.js';

/** arn.Parse's shape, with the service that eksctl's validateOutpostARN requires. */
const ARN = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:.+$/;

/**
 * eksctl-rules.md #60 (and #49's Outposts part): self-managed node groups on AWS Outposts (ValidateNodeGroup,
 * ValidateClusterConfig, validateNodeGroupBase): a valid Outposts ARN, one Outpost for all groups and the
 * control plane's if it is there, no instanceSelector / availabilityZones / localZones, AL2023 or AL2 only.
 */
export const ngOutposts = defineConfigRule({
  id: 'eksctl.ng-outposts',
  severity: 'error',
  area: 'node-groups',
  eksctl: [60, 49],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} on AWS Outposts sets {{path}} in a way eksctl refuses ("{{eksctlMessage}}").',
      fix: "Use one Outposts ARN (arn:aws:outposts:...) for every node group, the control plane's if it runs on the Outpost; leave instanceSelector, availabilityZones and localZones out (the AZ is the Outpost's), and use AmazonLinux2023.",
    },
    ja: {
      message:
        'AWS Outposts 上のノードグループ {{nodeGroup}} の {{path}} の設定は eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'すべてのノードグループで同じ Outposts ARN (arn:aws:outposts:...) を使い、コントロールプレーンが Outpost 上にある場合はその ARN にしてください。instanceSelector、availabilityZones、localZones は指定せず (AZ は Outpost の AZ になります)、AmazonLinux2023 を使ってください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    const controlPlane = controlPlaneOutpost(config);
    let first: string | undefined;
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      // Managed node groups on Outposts are eksctl.mng-unsupported-fields' finding.
      if (g.managed) return [];
      const arn = g.ng['outpostARN'];
      if (nonEmpty(arn)) {
        const parsed = ARN.exec(arn);
        if (!parsed) return g.finding(['outpostARN'], 'invalid Outpost ARN: arn: invalid prefix');
        if (parsed[1] !== 'outposts') return g.finding(['outpostARN'], `invalid Outpost ARN: "${arn}"`);
        if (first !== undefined && arn !== first)
          return g.finding(
            ['outpostARN'],
            `cannot create nodegroups in two different Outposts; got Outpost ARN "${first}" and "${arn}"`,
          );
        first ??= arn;
        if (controlPlane !== undefined && arn !== controlPlane)
          return g.finding(
            ['outpostARN'],
            `nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN ("${arn}" != "${controlPlane}")`,
          );
      }
      if (controlPlane === undefined && !nonEmpty(arn)) return [];
      const family = amiFamilyOf(g.ng);
      if (controlPlane !== undefined && family !== '' && family !== 'AmazonLinux2' && family !== 'AmazonLinux2023')
        return g.finding(['amiFamily'], 'only AmazonLinux2 and AmazonLinux2023 is supported on local clusters');
      if (hasInstanceSelector(g.ng))
        return g.finding(['instanceSelector'], 'cannot specify instanceSelector for a nodegroup on Outposts');
      for (const field of ['availabilityZones', 'localZones'])
        if (arr(g.ng[field]).length > 0)
          return g.finding(
            [field],
            `${field} cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ`,
          );
      return [];
    });
  },
});
