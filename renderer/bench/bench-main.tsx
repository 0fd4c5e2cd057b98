/**
 * The benchmark's entry to the app (bench/browser.ts builds it; the shipped build never includes it):
 * the same App as renderer/main.tsx, plus `window.__eksSandboxBench` so the benchmark can open a design
 * text exactly as File > Open does, without a file picker.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles/app.css';
import '../styles/flow.css';
import '../i18n/index.js';
import { App } from '../app/App.js';
import { openText } from '../app/documents.js';
import { store } from '../store/app-store.js';
import { flow } from '../flow/view-bridge.js';
import { absoluteRect, partMap } from '../../shared/editor/geometry.js';
import './bench-api.js';

window.__eksSandboxBench = {
  load: (text) => openText({ name: 'bench.eksdesign', text }),
  partOnScreen(id) {
    const design = store.getState().design;
    const byId = partMap(design);
    const part = byId.get(id);
    const rf = flow();
    if (!part || !rf) return null;
    const r = absoluteRect(byId, part);
    const a = rf.flowToScreenPosition({ x: r.x, y: r.y });
    const b = rf.flowToScreenPosition({ x: r.x + r.width, y: r.y + r.height });
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  },
  partPosition: (id) => JSON.stringify(store.getState().design.parts.find((p) => p.id === id)?.position ?? null),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
