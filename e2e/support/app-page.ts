/** Page object for the EKS Sandbox UI: data-testid selectors and the readiness attribute, no sleeps. */
import type { Locator, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class AppPage {
  constructor(
    readonly page: Page,
    readonly errors: string[],
  ) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('[data-app-ready="true"]');
  }

  testId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async openTemplate(id: string): Promise<void> {
    await this.testId(`template-${id}`).click();
    await this.testId('editor').waitFor();
    await this.page.locator('.react-flow__node').first().waitFor();
    // The view the design opens at is set a frame later; parts move on screen until then.
    await this.page.locator('[data-testid="canvas"][data-opened-view="true"]').waitFor();
  }

  async newDesign(): Promise<void> {
    await this.testId('template-blank').click();
    await this.testId('editor').waitFor();
  }

  part(id: string): Locator {
    return this.page.locator(`[data-part-id="${id}"]`);
  }

  partsOfKind(kind: string): Locator {
    return this.page.locator(`.react-flow__node [data-kind="${kind}"]`);
  }

  /** Ids of all parts on the canvas, in DOM order. */
  async partIds(): Promise<string[]> {
    return this.page
      .locator('.react-flow__node [data-part-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-part-id')!));
  }

  /** Drags a palette item and drops it at a point of the page (HTML5 drag and drop, as a user does). */
  async dropFromPalette(kind: string, at: { x: number; y: number }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(() => new DataTransfer());
    await this.testId(`palette-${kind}`).dispatchEvent('dragstart', { dataTransfer });
    const canvas = this.page.locator('.react-flow__pane');
    await canvas.dispatchEvent('dragover', { dataTransfer, clientX: at.x, clientY: at.y });
    await this.page.evaluate(
      ({ dt, x, y }) => {
        const target = document.elementFromPoint(x, y) ?? document.querySelector('.react-flow__pane')!;
        target.dispatchEvent(
          new DragEvent('drop', { dataTransfer: dt, clientX: x, clientY: y, bubbles: true, cancelable: true }),
        );
      },
      { dt: dataTransfer, x: at.x, y: at.y },
    );
  }

  /** Drops a file on the window, as a user drags one in from the desktop (design files and eksctl YAML open so). */
  async dropFile(name: string, text: string): Promise<void> {
    await this.page.evaluate(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name));
        const target = document.querySelector('.app')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name, text },
    );
  }

  async boxOf(locator: Locator): Promise<Box> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element has no box');
    return box;
  }

  /**
   * Drags from one part's output handle to another's input handle, as a user draws a connection; `release: false`
   * keeps the mouse button down over the target (to look at the drag's feedback before dropping).
   */
  async drawConnection(fromPart: string, toPart: string, { release = true } = {}): Promise<void> {
    const src = await this.boxOf(this.page.locator(`.react-flow__node[data-id="${fromPart}"] .react-flow__handle.source`));
    const dst = await this.boxOf(this.page.locator(`.react-flow__node[data-id="${toPart}"] .react-flow__handle.target`));
    await this.page.mouse.move(src.x + src.width / 2, src.y + src.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(dst.x + dst.width / 2 - 10, dst.y + dst.height / 2, { steps: 8 });
    await this.page.mouse.move(dst.x + dst.width / 2, dst.y + dst.height / 2, { steps: 2 });
    if (release) await this.page.mouse.up();
  }

  /** Centre of a part's box on the page. */
  async centreOf(partId: string): Promise<{ x: number; y: number }> {
    const b = await this.boxOf(this.part(partId));
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }

  /** Resolves once the canvas is not animating towards a shown part (positions read now are where they stay). */
  async viewSettled(): Promise<void> {
    await this.page.locator('[data-testid="canvas"]:not([data-centring])').waitFor();
  }

  async selectPart(partId: string): Promise<void> {
    // A part's box read while the view glides to a finding's part would be clicked where it no longer is.
    await this.viewSettled();
    const el = this.part(partId);
    const isGroup = (await el.getAttribute('class'))?.includes('group');
    // A container's middle is covered by its children, so click its header; where a connection crosses
    // the usual spot, the first point along the header (or card) that hits the part itself.
    const target = async () => {
      const b = await this.boxOf(el);
      const preferred = {
        x: b.x + (isGroup ? Math.min(60, b.width / 2) : b.width / 2),
        y: isGroup ? b.y + 12 : b.y + b.height / 2,
      };
      const free = await this.page.evaluate(
        ({ id, p, left, width }) => {
          const part = document.querySelector(`[data-part-id="${id}"]`);
          const hits = (x: number) => part?.contains(document.elementFromPoint(x, p.y) ?? null) ?? false;
          if (hits(p.x)) return p;
          for (let x = left + 8; x < left + width - 8; x += 6) if (hits(x)) return { x, y: p.y };
          return p;
        },
        { id: partId, p: preferred, left: b.x, width: b.width },
      );
      return free;
    };
    let at = await target();
    // Designs open at a readable zoom, so a part may be out of view: fit the view first, as a user would.
    const pane = await this.boxOf(this.page.locator('.react-flow__pane'));
    const inPane = (p: { x: number; y: number }) =>
      p.x >= pane.x && p.y >= pane.y && p.x <= pane.x + pane.width && p.y <= pane.y + pane.height;
    if (!inPane(at)) {
      await this.page.locator('.react-flow__controls-fitview').click();
      // The fitted view reaches the cards on a later frame (sooner or later by the machine's load): wait until the
      // part stands still inside the pane over two frames before clicking it, or the click lands where it was.
      at = await target();
      for (let i = 0; i < 100; i++) {
        await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const next = await target();
        const still = next.x === at.x && next.y === at.y;
        at = next;
        if (still && inPane(at)) break;
      }
    }
    await this.page.mouse.click(at.x, at.y);
    await this.page.locator(`[data-testid="inspector"] [data-inspected-part-id="${partId}"]`).waitFor();
  }

  problems(): Locator {
    return this.page.locator('[data-testid="problems"] [data-testid="problem"]');
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Clicks the command's toolbar button, or its item in the toolbar's More menu when it is not shown. */
  async runCommand(id: string): Promise<void> {
    if (
      (await this.page
        .locator(`.toolbar > .toolbar-group [data-testid="cmd-${id}"], .toolbar-fixed > [data-testid="cmd-${id}"]`)
        .count()) === 0
    ) {
      if ((await this.testId('toolbar-more').getAttribute('aria-expanded')) !== 'true') await this.testId('toolbar-more').click();
    }
    await this.testId(`cmd-${id}`).click();
  }

  /** Goes to the start screen and imports the eksctl config at `path`, waiting for the banner the import shows. */
  async importYamlWithBanner(path: string): Promise<void> {
    await this.runCommand('file.home');
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.runCommand('file.importYaml')]);
    await chooser.setFiles(path);
    await this.testId('banner').waitFor();
  }
}

/** Reads the text of the file a command downloads (save, export). */
export async function downloadText(app: AppPage, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([app.page.waitForEvent('download'), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
