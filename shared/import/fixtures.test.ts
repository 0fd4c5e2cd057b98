/**
 * Every eksctl example config (shared/eksctl/test-fixtures): the valid ones import into a well laid out
 * design whose export is the same config (parsed as YAML: nothing dropped, changed or added); the ones
 * eksctl refuses give an EksctlImportError naming the field and its line. Also pins the error-level
 * findings the rules report on the imported examples (old Kubernetes versions and other real problems).
 */
import { describe, expect, it } from 'vitest';
import { validateEksctlConfig } from '../eksctl/schema-validator.js';
import { buildClusterConfig, exportEksctlYaml, renderClusterYaml } from '../export/index.js';
import { parseDesignText, serializeDesign } from '../model/document.js';
import { validateDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { EksctlImportError, importEksctlYaml } from '../round-trip/index.js';
import { FIXTURE_NAMES, fixtureText, lineOf, MEANT_TO_FAIL, NO_REGION, yamlValue } from '../../test-support/eksctl-fixtures.js';
import { layoutProblems } from '../test-support/layout.js';

const VALID = FIXTURE_NAMES.filter((n) => !(n in MEANT_TO_FAIL) && !NO_REGION.includes(n));

/**
 * Error-level rule ids per example on the test day (2026-11-28), for the README. Why, per group:
 * - cluster.version-supported: the example pins a Kubernetes version EKS no longer offers.
 * - ng.al2-ami-eol: Amazon Linux 2 with no version given, i.e. eksctl's current default (>= 1.33), which has no AL2 AMIs.
 *   (A managed group on its own custom AL2 AMI, as in 15 and 22, eksctl accepts: it checks AL2 only without one.)
 * - cluster.name-format / eksctl.region-supported: integration-test templates with placeholder names.
 * - eksctl.self-managed-ng-name: node group names starting with a digit.
 * - ng.scaling-order: sizes eksctl's own tests use to provoke errors (scale-ng-test). (A self-managed group of
 *   desiredCapacity 0 alone, as in 23-kubeflow, is eksctl's min = max = 0 and accepted.)
 * - eksctl.ng-custom-ami: a custom AmazonLinux2 AMI without overrideBootstrapCommand (05-advanced-nodegroups;
 *   eksctl requires one for it), and integration-test templates whose managed or self-managed group has the
 *   placeholder AMI `<generated-ami>` ("invalid AMI", "invalid AMI value").
 * - cluster.resource-id-format: placeholders EC2 refuses as malformed: `ami-custom` (15-managed-nodes), and ids of
 *   another length than 8 or 17 hexadecimal digits (`lt-1234`, `sg-123`, `subnet-12345`: 22, 31, 36, 38, cluster-with-vpc*).
 * - cluster.iam-arn-format: the placeholder boundary `arn:aws:iam:11111:policy/…` (17-permissions-boundary), which
 *   lacks the region field and so is no ARN.
 * - vpc.public-nodegroup-subnets: eksctl's loader-test configs whose existing VPC lists private subnets only while
 *   the node group keeps eksctl's default public networking: eksctl would give it no subnets (cluster-with-vpc*).
 * - ng.node-repair-config: node repair overrides with repairAction Terminate and Restart, which the EKS API does not
 *   take (Replace | Reboot | NoAction, API NodeRepairConfigOverrides); eksctl passes them on unchecked (44-node-repair).
 * (36-outposts-vpc's single subnet is what eksctl expects for a control plane on Outposts: only its placeholder ids are found.)
 */
export const EXAMPLE_FINDINGS: Record<string, string[]> = {
  '05-advanced-nodegroups.yaml': ['eksctl.ng-custom-ami', 'ng.al2-ami-eol'],
  '15-managed-nodes.yaml': ['cluster.resource-id-format'],
  '17-permissions-boundary.yaml': ['cluster.iam-arn-format'],
  '22-managed-nodes-launch-template.yaml': ['cluster.resource-id-format'],
  '23-kubeflow-spot-instance.yaml': ['cluster.version-supported', 'eksctl.self-managed-ng-name'],
  '25-addons.yaml': ['cluster.version-supported'],
  '29-cluster-with-karpenter.yaml': ['cluster.version-supported'],
  '30-vpc-with-ip-family.yaml': ['cluster.version-supported'],
  '31-override-bootstrap-command-unmanaged-nodegroup.yaml': ['cluster.resource-id-format', 'cluster.version-supported'],
  '36-outposts-vpc.yaml': ['cluster.resource-id-format'],
  '37-outposts-fully-private.yaml': ['cluster.version-supported'],
  '38-cluster-subnets-sgs.yaml': ['cluster.resource-id-format'],
  '40-access-entries.yaml': ['cluster.version-supported'],
  '43-hybrid-nodes.yaml': ['cluster.version-supported'],
  '44-node-repair.yaml': ['ng.node-repair-config'],
  'al2023.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported'],
  'bottlerocket-settings.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported'],
  'cluster-with-vpc.yaml': ['cluster.resource-id-format', 'vpc.public-nodegroup-subnets'],
  'cluster-with-vpc-private-access.yaml': ['cluster.resource-id-format', 'vpc.public-nodegroup-subnets'],
  'ipv6-existing-vpc.yaml': ['cluster.version-supported'],
  'override-bootstrap.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported', 'ng.al2-ami-eol'],
  'scale-ng-test.yaml': ['ng.scaling-order'],
  'ubuntu-pro-2004.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported'],
  'ubuntu-pro-2204.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported'],
  'ubuntu-pro-2404.yaml': ['cluster.name-format', 'eksctl.ng-custom-ami', 'eksctl.region-supported'],
};

describe('eksctl example fixtures', () => {
  it('covers all 78 files, 64 of them valid', () => {
    expect(FIXTURE_NAMES).toHaveLength(78);
    expect(VALID).toHaveLength(64);
  });

  describe.each(VALID)('%s', (name) => {
    const text = fixtureText(name);
    const { document, config } = importEksctlYaml(text);

    it('imports the config eksctl reads', () => {
      expect(validateEksctlConfig(config).valid).toBe(true);
      expect(config).toEqual(yamlValue(text));
    });

    it('exports exactly the config it came from, also after saving and reopening the design', () => {
      const reopened = parseDesignText(serializeDesign(document)).design;
      for (const design of [document.design, reopened]) {
        const yaml = renderClusterYaml(buildClusterConfig(design), design.name);
        expect(yamlValue(yaml)).toEqual(yamlValue(text));
      }
      const forced = exportEksctlYaml(document.design, { force: true, ctx: TEST_CONTEXT });
      expect(yamlValue(forced.yaml)).toEqual(yamlValue(text));
    });

    it('is laid out with every child inside its parent and no overlaps', () => {
      expect(layoutProblems(document.design)).toEqual([]);
    });

    it('has exactly the error-level findings of the table', () => {
      const errors = validateDesign(document.design, TEST_CONTEXT).filter((d) => d.severity === 'error');
      expect([...new Set(errors.map((d) => d.ruleId))].sort()).toEqual(EXAMPLE_FINDINGS[name] ?? []);
    });
  });

  describe.each(Object.entries(MEANT_TO_FAIL))('%s (meant to fail)', (name, want) => {
    it('is refused with the field and its line', () => {
      const text = fixtureText(name);
      const err = captureImportError(text);
      expect(err.path).toBe(want.path);
      expect(err.line).toBe(lineOf(text, want.at));
      expect(err.message).toMatch(want.message);
      expect(err.message).toContain(`line ${err.line}`);
    });
  });

  describe.each(NO_REGION)('%s (no region)', (name) => {
    it('is refused for its missing metadata.region', () => {
      const text = fixtureText(name);
      const err = captureImportError(text);
      expect(err.path).toBe('metadata.region');
      expect(err.message).toMatch(/missing required field "region"/);
      expect(err.line).toBe(lineOf(text, /^metadata:/));
    });
  });
});

function captureImportError(text: string): EksctlImportError {
  try {
    importEksctlYaml(text);
  } catch (err) {
    if (err instanceof EksctlImportError) return err;
    throw err;
  }
  throw new Error('expected an EksctlImportError');
}
