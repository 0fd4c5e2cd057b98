/** Every part kind, to drag onto the canvas. */
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { PartIcon } from '../flow/icons.js';
import { DRAG_MIME } from '../flow/drop.js';

function onDragStart(e: DragEvent, kind: PartKind) {
  e.dataTransfer.setData(DRAG_MIME, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const { t } = useTranslation();
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h2>{t('palette.title')}</h2>
      <p className="hint">{t('palette.hint')}</p>
      <ul>
        {PART_KINDS.map((kind) => (
          <li
            key={kind}
            draggable
            data-testid={`palette-${kind}`}
            onDragStart={(e) => onDragStart(e, kind)}
            title={t(`kinds.${kind}`)}
          >
            <PartIcon kind={kind} size={22} />
            <span>{t(`kinds.${kind}`)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
