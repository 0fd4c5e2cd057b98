/**
 * The dialog behind Export PNG / Export SVG: the format, the PNG's scale (1x/2x/3x, lowered with a note
 * when the picture would pass the browser's limits) and whether to paint the background.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog.js';
import { useAppState } from '../store/app-store.js';
import { diagramSize } from './diagram-svg.js';
import { exportDiagram, type ImageFormat } from './image-export.js';
import { imageExportDialog, useImageExportDialog } from './image-export-dialog-state.js';
import { PNG_SCALES, pngSize, type PngScale } from './png-size.js';
import './image-export.css';
import { errorText } from '../app/report-error.js';

const FORMATS: readonly ImageFormat[] = ['png', 'svg'];

/**
 * Resolves once the browser has painted "Exporting…": drawing a big design holds the main thread for a
 * moment. A hidden window paints no frames, so 50 ms at most.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

export function ImageExportDialog() {
  const { open } = useImageExportDialog();
  return open ? <ImageExportForm /> : null;
}

function ImageExportForm() {
  const { t, i18n } = useTranslation();
  const { choice } = useImageExportDialog();
  const design = useAppState((s) => s.design);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const diagram = useMemo(() => diagramSize(design), [design]);
  const png = pngSize(diagram.width, diagram.height, choice.scale);
  const number = (v: number) => v.toLocaleString(i18n.language);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await afterPaint();
      await exportDiagram(choice);
      imageExportDialog.close();
    } catch (err) {
      setError(t('exports.failed', { message: errorText(err) }));
      setBusy(false);
    }
  };

  return (
    <Dialog testId="image-export" title={t('exports.title')} onClose={imageExportDialog.close}>
      <form
        className="image-export"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <fieldset>
          <legend>{t('exports.format')}</legend>
          {FORMATS.map((format) => (
            <label key={format}>
              <input
                type="radio"
                name="image-format"
                data-testid={`image-export-format-${format}`}
                checked={choice.format === format}
                onChange={() => imageExportDialog.choose({ format })}
              />
              {t(`exports.formats.${format}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={choice.format !== 'png'}>
          <legend>{t('exports.scale')}</legend>
          {PNG_SCALES.map((scale: PngScale) => (
            <label key={scale}>
              <input
                type="radio"
                name="image-scale"
                data-testid={`image-export-scale-${scale}`}
                checked={choice.scale === scale}
                onChange={() => imageExportDialog.choose({ scale })}
              />
              {`${scale}×`}
            </label>
          ))}
        </fieldset>
        <label className="image-export-background">
          <input
            type="checkbox"
            data-testid="image-export-background"
            checked={choice.background}
            onChange={(e) => imageExportDialog.choose({ background: e.target.checked })}
          />
          {t('exports.background')}
        </label>
        <p className="hint" data-testid="image-export-size">
          {choice.format === 'png'
            ? t('exports.pngSize', { width: number(png.width), height: number(png.height) })
            : t('exports.svgSize', { width: number(diagram.width), height: number(diagram.height) })}
        </p>
        {choice.format === 'png' && png.clamped && (
          <p className="image-export-note" role="status" data-testid="image-export-clamped">
            {t('exports.clamped', { requested: choice.scale, scale: number(png.scale) })}
          </p>
        )}
        {error && (
          <p className="image-export-error" role="alert" data-testid="image-export-error">
            {error}
          </p>
        )}
        <div className="image-export-actions">
          <button type="button" onClick={imageExportDialog.close}>
            {t('exports.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="image-export-run" disabled={busy} data-autofocus>
            {busy ? t('exports.exporting') : t('exports.export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
