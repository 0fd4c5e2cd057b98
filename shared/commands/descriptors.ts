/**
 * Every command of the app, one descriptor each (VS Code's registerAction2, excalidraw's action registry):
 * id, English and Japanese label, keys, native-menu placement, when it can run. Adding a command is one entry
 * here plus its handler in renderer/commands/handlers.ts; the compiler asks for the handler, the toolbar and
 * command palette list it, and the native menu (electron/menu.ts) shows it where `menu` says.
 */
import { canRedo, canUndo, hasClipboard, hasSelection, inEditor } from './context.js';
import type { CommandDescriptor, Translated } from './types.js';

/** Keeps each entry checked against CommandDescriptor while the ids stay literal types. */
const defineCommands = <T extends Record<string, CommandDescriptor>>(commands: T): T => commands;

/** A View menu switch that shows or hides a panel: "Show/hide …", 「…の表示/非表示」. */
const showHide = (what: Translated, order: number): CommandDescriptor => ({
  label: { en: `Show/hide ${what.en}`, ja: `${what.ja}の表示/非表示` },
  menu: { menu: 'view', group: 2, order },
});

export const COMMAND_DESCRIPTORS = defineCommands({
  'file.new': {
    label: { en: 'New design', ja: '新しい設計' },
    keys: [{ key: 'n', mod: true, shift: true }],
    menu: { menu: 'file', group: 1, order: 1 },
  },
  'file.home': {
    label: { en: 'Start screen', ja: 'スタート画面' },
    menuLabel: { en: 'Start Screen and Templates', ja: 'スタート画面とテンプレート' },
    menu: { menu: 'file', group: 1, order: 2 },
  },
  'file.open': {
    label: { en: 'Open…', ja: '開く…' },
    keys: [{ key: 'o', mod: true }],
    menu: { menu: 'file', group: 1, order: 3 },
    whileTyping: true,
  },
  'file.save': {
    label: { en: 'Save', ja: '保存' },
    keys: [{ key: 's', mod: true }],
    menu: { menu: 'file', group: 2, order: 1 },
    enabledWhen: inEditor,
    whileTyping: true,
  },
  'file.saveAs': {
    label: { en: 'Save as…', ja: '名前を付けて保存…' },
    keys: [{ key: 's', mod: true, shift: true }],
    menu: { menu: 'file', group: 2, order: 2 },
    enabledWhen: inEditor,
    whileTyping: true,
  },
  'file.compare': {
    // Compare mode (renderer/compare/): the canvas and a panel show what changed since the last save or against a file.
    label: { en: 'Compare with…', ja: '比較…' },
    menuLabel: { en: 'Compare with Last Save or File…', ja: '前回の保存またはファイルと比較…' },
    menu: { menu: 'file', group: 2, order: 3 },
    enabledWhen: inEditor,
  },
  'file.importYaml': {
    label: { en: 'Import eksctl YAML…', ja: 'eksctl YAML をインポート…' },
    menu: { menu: 'file', group: 3, order: 1 },
  },
  'file.exportYaml': {
    label: { en: 'Export cluster.yaml', ja: 'cluster.yaml をエクスポート' },
    keys: [{ key: 'e', mod: true }],
    menu: { menu: 'file', group: 3, order: 2 },
    enabledWhen: inEditor,
    whileTyping: true,
  },
  'file.exportBundle': {
    label: { en: 'Export deployment bundle…', ja: 'デプロイバンドルをエクスポート…' },
    menu: { menu: 'file', group: 3, order: 3 },
    enabledWhen: inEditor,
  },
  'file.exportPng': {
    label: { en: 'Export PNG', ja: 'PNG をエクスポート' },
    menu: { menu: 'file', group: 3, order: 4 },
    enabledWhen: inEditor,
  },
  'file.exportSvg': {
    label: { en: 'Export SVG', ja: 'SVG をエクスポート' },
    menu: { menu: 'file', group: 3, order: 5 },
    enabledWhen: inEditor,
  },
  'edit.undo': {
    label: { en: 'Undo', ja: '元に戻す' },
    keys: [{ key: 'z', mod: true }],
    menu: { menu: 'edit', group: 1, order: 1, macRole: 'undo' },
    enabledWhen: canUndo,
  },
  'edit.redo': {
    label: { en: 'Redo', ja: 'やり直す' },
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    menu: { menu: 'edit', group: 1, order: 2, macRole: 'redo' },
    enabledWhen: canRedo,
  },
  'edit.copy': {
    label: { en: 'Copy', ja: 'コピー' },
    keys: [{ key: 'c', mod: true }],
    menu: { menu: 'edit', group: 2, order: 2, macRole: 'copy' },
    enabledWhen: hasSelection,
  },
  'edit.paste': {
    label: { en: 'Paste', ja: '貼り付け' },
    keys: [{ key: 'v', mod: true }],
    menu: { menu: 'edit', group: 2, order: 3, macRole: 'paste' },
    enabledWhen: hasClipboard,
  },
  'edit.duplicate': {
    label: { en: 'Duplicate', ja: '複製' },
    keys: [{ key: 'd', mod: true }],
    menu: { menu: 'edit', group: 2, order: 4 },
    enabledWhen: hasSelection,
  },
  'edit.delete': {
    label: { en: 'Delete', ja: '削除' },
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    menu: { menu: 'edit', group: 2, order: 5 },
    enabledWhen: hasSelection,
  },
  'edit.selectAll': {
    label: { en: 'Select all', ja: 'すべて選択' },
    keys: [{ key: 'a', mod: true }],
    menu: { menu: 'edit', group: 3, order: 1, macRole: 'selectAll' },
    enabledWhen: inEditor,
  },
  'edit.addPart': {
    label: { en: 'Add part…', ja: 'パーツを追加…' },
    menu: { menu: 'edit', group: 3, order: 2 },
    enabledWhen: inEditor,
  },
  'view.fit': {
    label: { en: 'Fit to screen', ja: '画面に合わせる' },
    keys: [{ key: '1', shift: true }],
    menu: { menu: 'view', group: 1, order: 1 },
    enabledWhen: inEditor,
  },
  'view.zoomIn': {
    label: { en: 'Zoom in', ja: '拡大' },
    menu: { menu: 'view', group: 1, order: 2 },
    enabledWhen: inEditor,
  },
  'view.zoomOut': {
    label: { en: 'Zoom out', ja: '縮小' },
    menu: { menu: 'view', group: 1, order: 3 },
    enabledWhen: inEditor,
  },
  'view.autoLayout': {
    label: { en: 'Auto layout', ja: '自動レイアウト' },
    keys: [{ key: 'l', mod: true, shift: true }],
    menu: { menu: 'view', group: 3, order: 1 },
    enabledWhen: inEditor,
  },
  'view.commandPalette': {
    label: { en: 'Command palette…', ja: 'コマンドパレット…' },
    keys: [{ key: 'k', mod: true }],
    menu: { menu: 'view', group: 3, order: 2 },
    whileTyping: true,
  },
  'view.language': {
    // The toolbar button names the language it switches to.
    label: { en: '日本語', ja: 'English' },
    menuLabel: { en: 'Language: 日本語', ja: '言語: English' },
    menu: { menu: 'view', group: 2, order: 5 },
  },
  'view.toggleMinimap': showHide({ en: 'minimap', ja: 'ミニマップ' }, 1),
  'view.toggleYamlPreview': showHide({ en: 'YAML preview', ja: 'YAML プレビュー' }, 2),
  'view.toggleProblems': showHide({ en: 'problems', ja: '問題パネル' }, 3),
  'view.toggleCost': showHide({ en: 'cost estimate', ja: 'コスト見積もり' }, 4),
  'view.toggleLearningMode': {
    // Learning mode: selecting a part or a finding explains the concept behind it (renderer/learn/).
    label: { en: 'Learning mode on/off', ja: '学習モードのオン/オフ' },
    menu: { menu: 'view', group: 2, order: 6 },
  },
  'help.about': {
    label: { en: 'About EKS Sandbox', ja: 'EKS Sandbox について' },
    menu: { menu: 'help', group: 2, order: 1, macAppMenu: true },
  },
  'help.rulesReference': {
    label: { en: 'Rules reference', ja: 'ルール一覧' },
    menu: { menu: 'help', group: 1, order: 1 },
  },
  'help.learn': {
    label: { en: 'Learn EKS…', ja: 'EKS を学ぶ…' },
    menuLabel: { en: 'Learn EKS: Concepts and Patterns…', ja: 'EKS を学ぶ: 概念と設計パターン…' },
    menu: { menu: 'help', group: 1, order: 2 },
  },
});
