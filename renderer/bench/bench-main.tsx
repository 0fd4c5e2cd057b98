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

declare global {
  interface Window {
    __eksSandboxBench?: { load(text: string): boolean };
  }
}

window.__eksSandboxBench = { load: (text) => openText({ name: 'bench.eksdesign', text }) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
