/** The application shell: start screen or editor, with banner, command palette and shortcuts. */
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { Canvas } from '../flow/Canvas.js';
import { Inspector } from '../panels/Inspector.js';
import { SideSplit } from '../panels/SideSplit.js';
import { Palette } from '../panels/Palette.js';
import { CostPanel } from '../panels/CostPanel.js';
import { Problems } from '../panels/Problems.js';
import { YamlPreview } from '../panels/YamlPreview.js';
import { StartScreen } from '../start/StartScreen.js';
import { store, useAppState } from '../store/app-store.js';
import { RulesReference } from '../panels/RulesReference.js';
import { LearnDialog } from '../learn/LearnDialog.js';
import { LearnPanel } from '../learn/LearnPanel.js';
import { ComparePanel } from '../compare/ComparePanel.js';
import { useCompareMode } from '../compare/compare-state.js';
import { useUi } from '../store/ui-store.js';
import { AboutDialog } from './AboutDialog.js';
import { ImageExportDialog } from '../export/ImageExportDialog.js';
import { AddPartPalette } from './AddPartPalette.js';
import { Announcer } from './Announcer.js';
import { CommandPalette } from './CommandPalette.js';
import { watchBackups } from './backup.js';
import { openText, watchOpenFiles } from './documents.js';
import { importYamlText, isYamlName } from './import-yaml.js';
import { ModalHost } from './ModalHost.js';
import { Toolbar } from './Toolbar.js';
import { watchUnload } from './unload-guard.js';
import { useShortcuts } from './use-shortcuts.js';
import { useMenuLanguage } from './use-menu-language.js';

function Banner() {
  const { t } = useTranslation();
  const banner = useAppState((s) => s.banner);
  if (!banner) return null;
  return (
    <div className={`banner ${banner.kind}`} role="alert" data-testid="banner">
      <span>{banner.text}</span>
      {banner.action && (
        <button
          type="button"
          data-testid="banner-action"
          onClick={() => {
            const run = banner.action!.run;
            store.setBanner(null);
            run();
          }}
        >
          {t(banner.action.labelKey)}
        </button>
      )}
      <button type="button" onClick={() => store.setBanner(null)}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}

function Editor() {
  const showProblems = useUi((s) => s.showProblems);
  const showYaml = useUi((s) => s.showYamlPreview);
  const showCost = useUi((s) => s.showCost);
  const learningMode = useUi((s) => s.learningMode);
  const compare = useCompareMode();
  // With nothing selected the inspector shows one line: the panels below take the room.
  const nothingSelected = useAppState((s) => s.selection.length === 0);
  return (
    <div className="editor" data-testid="editor">
      <Palette />
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
      <SideSplit top={<Inspector />} compactTop={nothingSelected}>
        {/* Compare mode's panel takes the place of the others: it has the cost and findings of both sides. */}
        {compare && <ComparePanel mode={compare} />}
        {!compare && learningMode && <LearnPanel />}
        {!compare && showProblems && <Problems />}
        {!compare && showCost && <CostPanel />}
        {!compare && showYaml && <YamlPreview />}
      </SideSplit>
    </div>
  );
}

export function App() {
  const screen = useAppState((s) => s.screen);
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(false);
  useShortcuts();
  useMenuLanguage();
  useEffect(() => watchBackups(), []);
  useEffect(() => watchOpenFiles(), []);
  useEffect(() => watchUnload(), []);
  useEffect(() => setReady(true), []);
  // A file dropped on the window: eksctl YAML is imported, anything else is opened as a design file.
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback((e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void file
      .text()
      .then((text) => (isYamlName(file.name) ? importYamlText({ name: file.name, text }) : openText({ name: file.name, text })));
  }, []);
  return (
    <div
      className="app"
      data-app-ready={ready ? 'true' : 'false'}
      data-screen={screen}
      data-lang={i18n.language}
      lang={i18n.language}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <Toolbar />
      <Banner />
      {screen === 'start' ? <StartScreen /> : <Editor />}
      <CommandPalette />
      <AddPartPalette />
      <Announcer />
      <AboutDialog />
      <ImageExportDialog />
      <RulesReference />
      <LearnDialog />
      <ModalHost />
    </div>
  );
}
