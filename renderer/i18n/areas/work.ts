/**
 * UI texts of one area of the editor, kept in their own file so each area's strings sit together.
 * The Japanese texts must have exactly the English keys (the type says so).
 * Area "work": the save-changes question, the start screen's way back, and the cluster.yaml export dialog.
 */
export const workEn = {
  unsaved: {
    title: 'Save changes to “{{name}}”?',
    message: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    dontSave: 'Don’t Save',
    cancel: 'Cancel',
  },
  backToDesign: 'Back to “{{name}}”',
  /** The YAML preview of a design with several clusters shows one of them. */
  previewCluster: 'Cluster {{name}} ({{index}} of {{count}}). Select a part of another cluster to see its cluster.yaml.',
  exportYaml: {
    title: 'Export cluster.yaml',
    hasErrors_one: 'This design has {{count}} error that eksctl or EKS would reject. Fix it first, or export anyway.',
    hasErrors_other: 'This design has {{count}} errors that eksctl or EKS would reject. Fix them first, or export anyway.',
    errorsLabel: 'Errors',
    chooseCluster: 'The design has {{count}} clusters and one cluster.yaml describes one. Which cluster do you want to export?',
    clustersLabel: 'Cluster to export',
    parts: 'Parts: {{names}}',
    exportAnyway: 'Export anyway',
    export: 'Export',
    cancel: 'Cancel',
  },
};
export const workJa: typeof workEn = {
  unsaved: {
    title: '「{{name}}」への変更を保存しますか?',
    message: '保存しないと、変更は失われます。',
    save: '保存',
    dontSave: '保存しない',
    cancel: 'キャンセル',
  },
  backToDesign: '「{{name}}」に戻る',
  previewCluster:
    'クラスター {{name}}（{{count}} 個中 {{index}} 個目）。別のクラスターのパーツを選択すると、その cluster.yaml を表示します。',
  exportYaml: {
    title: 'cluster.yaml をエクスポート',
    hasErrors_one:
      'この設計には eksctl または EKS が受け付けないエラーが {{count}} 件あります。先に修正するか、このままエクスポートしてください。',
    hasErrors_other:
      'この設計には eksctl または EKS が受け付けないエラーが {{count}} 件あります。先に修正するか、このままエクスポートしてください。',
    errorsLabel: 'エラー',
    chooseCluster:
      'この設計にはクラスターが {{count}} 個あり、cluster.yaml 1 つに書けるのは 1 クラスターです。エクスポートするクラスターを選んでください。',
    clustersLabel: 'エクスポートするクラスター',
    parts: '対象: {{names}}',
    exportAnyway: 'このままエクスポート',
    export: 'エクスポート',
    cancel: 'キャンセル',
  },
};
