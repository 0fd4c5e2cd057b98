/**
 * ExternalDNS can only do what cluster.yaml's IAM lets it: eksctl's `externalDNS` well-known policy grants Route 53
 * alone (pkg/cfn/builder/statement.go: changeSetStatements, externalDNSHostedZonesStatements), and the export adds
 * the Cloud Map policy only for a cluster whose workloads register in Cloud Map. The provider must follow.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../model/document.js';
import { bundleOf } from './test-support/templates.js';

function bundleOfFixture(name: string) {
  const url = new URL(`../rules/fixtures/designs/${name}.eksdesign`, import.meta.url);
  return bundleOf(parseDesignText(readFileSync(url, 'utf8')).design);
}

function externalDnsOf(name: string) {
  const { plan, config } = bundleOfFixture(name);
  const c = plan.controllers.find((x) => x.id === 'external-dns')!;
  const sa = c.serviceAccount!.name;
  const irsa = config.iam?.serviceAccounts?.find((s) => s.metadata.name === sa);
  const pia = config.iam?.podIdentityAssociations?.find((a) => a.serviceAccountName === sa);
  const policyArns = [...(irsa?.attachPolicyARNs ?? []), ...(pia?.permissionPolicyARNs ?? [])];
  return { values: c.values as { provider: { name: string }; registry: string }, policyArns };
}

describe('ExternalDNS provider and IAM', () => {
  // Regression (s14-every-addon-on): ExternalDNS with no Cloud Map namespace drawn ran the aws-sd provider with
  // only Route 53 permissions, and failed on servicediscovery:ListNamespaces.
  it('uses the aws (Route 53) provider and TXT registry when no workload registers in Cloud Map', () => {
    const { values, policyArns } = externalDnsOf('s14-every-addon-on');
    expect(values.provider.name).toBe('aws');
    expect(values.registry).toBe('txt');
    expect(policyArns.some((arn) => arn.endsWith('/AWSCloudMapFullAccess'))).toBe(false);
  });

  it('uses aws-sd only with the Cloud Map policy cluster.yaml attaches', () => {
    const { values, policyArns } = externalDnsOf('s14-cloudmap-http-api-alb');
    expect(values.provider.name).toBe('aws-sd');
    expect(values.registry).toBe('aws-sd');
    expect(policyArns.some((arn) => arn.endsWith('/AWSCloudMapFullAccess'))).toBe(true);
  });
});
