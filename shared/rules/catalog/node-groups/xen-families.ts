/**
 * Instance families on the Xen hypervisor, built before the Nitro System (EC2 User Guide, "Instances built on
 * the AWS Nitro System" lists every other current family). Several EKS features need Nitro: IPv6 pod
 * addresses, Nitro Enclaves. The one `.metal` size of a Xen family (i3.metal) runs on Nitro.
 */
export const XEN_FAMILIES: ReadonlySet<string> = new Set([
  'c3',
  'c4',
  'd2',
  'g2',
  'g3',
  'g3s',
  'h1',
  'i2',
  'i3',
  'm3',
  'm4',
  'p2',
  'p3',
  'r3',
  'r4',
  't2',
  'x1',
  'x1e',
]);

/** Whether `type` (family.size) runs on the Xen hypervisor rather than Nitro. */
export function isXenInstanceType(type: string): boolean {
  const dot = type.indexOf('.');
  if (dot < 0) return false;
  return XEN_FAMILIES.has(type.slice(0, dot)) && type.slice(dot + 1) !== 'metal';
}
