/**
 * UI texts of the deployment bundle: the preview's tabs (cluster.yaml, manifests, controllers, runbook)
 * and File > Export deployment bundle.
 */
export const deployEn = {
  tabsLabel: 'Preview',
  tabs: { cluster: 'cluster.yaml', manifests: 'Manifests', controllers: 'Controllers', runbook: 'Runbook' },
  noManifests: 'No workload manifests for this cluster.',
  noControllers: 'The design needs no controllers beyond the EKS add-ons.',
  installedBy: { helm: 'Helm', 'eks-addon': 'EKS add-on (eksctl)', eksctl: 'eksctl (cluster.yaml karpenter)' },
  controllerFacts: 'Namespace {{namespace}} · installed by {{by}}',
  chart: 'Chart {{name}} {{version}} from {{repo}}',
  serviceAccount: 'Service account {{name}}',
  replaceTitle: 'Replace files in the folder?',
  replaceMessage:
    'The folder "{{folder}}" is not empty. Write the bundle into it, replacing files of the same name? Other files there are left alone.',
  replace: 'Replace',
  cancel: 'Cancel',
  saved: 'Wrote the deployment bundle ({{count}} files) to {{folder}}.',
};
export const deployJa: typeof deployEn = {
  tabsLabel: 'プレビュー',
  tabs: { cluster: 'cluster.yaml', manifests: 'マニフェスト', controllers: 'コントローラー', runbook: 'デプロイ手順' },
  noManifests: 'このクラスターにはワークロードのマニフェストファイルがありません。',
  noControllers: 'この設計には EKS アドオン以外のコントローラーは不要です。',
  installedBy: { helm: 'Helm', 'eks-addon': 'EKS アドオン（eksctl）', eksctl: 'eksctl（cluster.yaml の karpenter）' },
  controllerFacts: 'Namespace {{namespace}}・インストール方法 {{by}}',
  chart: 'チャート {{name}} {{version}}（{{repo}}）',
  serviceAccount: 'サービスアカウント {{name}}',
  replaceTitle: 'フォルダー内のファイルを置き換えますか？',
  replaceMessage:
    'フォルダー「{{folder}}」は空ではありません。バンドルを書き込み、同じ名前のファイルを置き換えますか？それ以外のファイルはそのまま残ります。',
  replace: '置き換える',
  cancel: 'キャンセル',
  saved: 'デプロイバンドル（{{count}} ファイル）を {{folder}} にエクスポートしました。',
};
