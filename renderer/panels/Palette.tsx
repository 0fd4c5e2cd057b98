/**
 * Every part kind: drag one onto the canvas, or reach it with Tab and press Enter (or click) to add it
 * into the selected container (renderer/flow/add-part.ts).
 */
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { addPartFromKeyboard } from '../flow/add-part.js';
import { paletteKinds } from '../flow/palette-kinds.js';
import { PartIcon } from '../flow/icons.js';
import { DRAG_MIME } from '../flow/drop.js';
import { store } from '../store/app-store.js';

function onDragStart(e: DragEvent, kind: PartKind) {
  e.dataTransfer.setData(DRAG_MIME, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const { t } = useTranslation();
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h2>{t('palette.title')}</h2>
      <p className="hint" id="palette-hint">
        {t('problemsPanel.paletteHint')}
      </p>
      <ul>
        {paletteKinds(PART_KINDS, (k) => t(`kinds.${k}`)).map((kind) => (
          <li key={kind} draggable data-testid={`palette-${kind}`} onDragStart={(e) => onDragStart(e, kind)}>
            <button
              type="button"
              className="palette-item"
              data-testid={`palette-add-${kind}`}
              aria-describedby="palette-hint"
              title={t(`kinds.${kind}`)}
              onClick={() => addPartFromKeyboard(store, kind)}
            >
              <PartIcon kind={kind} size={22} />
              <span>{t(`kinds.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
