/**
 * Amazon EKS control plane prices per cluster-hour, as data (USD, every Region at one global rate).
 * Extended support costs $0.60 per cluster-hour in total (standard $0.10 plus $0.50), billed from 00:00 UTC
 * on the version's end-of-standard-support day.
 * Source: AWS Containers blog "Amazon EKS extended support for Kubernetes versions pricing" (2024, effective
 * 2024-04-01), https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/ ;
 * re-checked against secondary price summaries dated 2026-06.
 */
export interface ControlPlanePrices {
  /** The date the prices were last checked. */
  asOf: string;
  source: string;
  currency: 'USD';
  standardPerClusterHour: number;
  extendedPerClusterHour: number;
  /** Hours in the month the estimates use. */
  hoursPerMonth: number;
}

export const EKS_CONTROL_PLANE_PRICES: ControlPlanePrices = {
  asOf: '2026-06-17',
  source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
  currency: 'USD',
  standardPerClusterHour: 0.1,
  extendedPerClusterHour: 0.6,
  hoursPerMonth: 730,
};

/** Extra cost per month of a cluster in extended support compared with standard support, in USD. */
export function extendedSupportExtraPerMonth(prices: ControlPlanePrices = EKS_CONTROL_PLANE_PRICES): number {
  return Math.round((prices.extendedPerClusterHour - prices.standardPerClusterHour) * prices.hoursPerMonth * 100) / 100;
}
