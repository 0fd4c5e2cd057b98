/** The application shell: start screen or editor, with banner, command palette and shortcuts. */
import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { Canvas } from '../flow/Canvas.js';
import { Inspector } from '../panels/Inspector.js';
import { Palette } from '../panels/Palette.js';
import { Problems } from '../panels/Problems.js';
import { YamlPreview } from '../panels/YamlPreview.js';
import { StartScreen } from '../start/StartScreen.js';
import { store, useAppState } from '../store/app-store.js';
import { CommandPalette } from './CommandPalette.js';
import { watchBackups } from './documents.js';
import { Toolbar } from './Toolbar.js';
import { useShortcuts } from './use-shortcuts.js';

function Banner() {
  const { t } = useTranslation();
  const banner = useAppState((s) => s.banner);
  if (!banner) return null;
  return (
    <div className={`banner ${banner.kind}`} role="alert" data-testid="banner">
      <span>{banner.text}</span>
      <button type="button" onClick={() => store.setBanner(null)}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}

function Editor() {
  return (
    <div className="editor" data-testid="editor">
      <Palette />
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
      <div className="side">
        <Inspector />
        <Problems />
        <YamlPreview />
      </div>
    </div>
  );
}

export function App() {
  const screen = useAppState((s) => s.screen);
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(false);
  useShortcuts();
  useEffect(() => watchBackups(), []);
  useEffect(() => setReady(true), []);
  return (
    <div
      className="app"
      data-app-ready={ready ? 'true' : 'false'}
      data-screen={screen}
      data-lang={i18n.language}
      lang={i18n.language}
    >
      <Toolbar />
      <Banner />
      {screen === 'start' ? <StartScreen /> : <Editor />}
      <CommandPalette />
    </div>
  );
}
