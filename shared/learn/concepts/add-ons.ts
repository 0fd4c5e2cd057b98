/** Add-ons: the cluster software that is yours to choose, install and upgrade. */
import type { ConceptInput } from '../schema.js';

export const addOns: ConceptInput = {
  id: 'add-ons',
  title: { en: 'Add-ons and controllers', ja: 'アドオンとコントローラー' },
  summary: {
    en: 'Beyond the control plane, the software that makes the cluster work (networking, DNS, load balancers, autoscaling) runs as add-ons on your nodes, and you choose their versions.',
    ja: 'コントロールプレーン以外で、クラスターを動かすソフトウェア（ネットワーク、DNS、ロードバランサー、自動スケーリング）はノード上のアドオンとして動き、そのバージョンは利用者が選びます。',
  },
  points: {
    en: [
      'EKS add-ons (Amazon VPC CNI, CoreDNS, kube-proxy, EKS Pod Identity Agent, EBS CSI driver and others) are installed and upgraded through the EKS API; you decide when.',
      'Other controllers, such as the AWS Load Balancer Controller, Karpenter, Cluster Autoscaler and ExternalDNS, are usually installed with Helm.',
      'Every add-on that calls AWS APIs needs its own IAM role through IRSA or EKS Pod Identity; and some cannot run on Fargate (DaemonSets) or hybrid nodes.',
    ],
    ja: [
      'EKS アドオン（Amazon VPC CNI、CoreDNS、kube-proxy、EKS Pod Identity エージェント、EBS CSI ドライバーなど）は EKS API でインストール・アップグレードします。時期は利用者が決めます。',
      'AWS Load Balancer Controller、Karpenter、Cluster Autoscaler、ExternalDNS などのコントローラーは、通常 Helm でインストールします。',
      'AWS API を呼ぶアドオンにはそれぞれ IRSA または EKS Pod Identity で IAM ロールが必要です。また、Fargate（DaemonSet）やハイブリッドノードでは動かないものがあります。',
    ],
  },
  examTip: {
    en: "The control plane is AWS's; add-on versions and upgrades are the customer's responsibility.",
    ja: 'コントロールプレーンは AWS の管理ですが、アドオンのバージョンとアップグレードは利用者の責任です。',
  },
  notes: ['2.7 統合性と拡張性'],
  docs: [
    {
      title: { en: 'Amazon EKS add-ons', ja: 'Amazon EKS アドオン' },
      en: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html',
      ja: 'https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/eks-add-ons.html',
    },
  ],
  related: ['pod-iam', 'control-plane', 'autoscaling'],
};
