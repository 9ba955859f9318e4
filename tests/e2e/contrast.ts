import type { Page } from '@playwright/test';

export interface ButtonContrast {
  /** The button's text, to say which one failed. */
  name: string;
  ratio: number;
  disabled: boolean;
}

/**
 * The contrast of every visible button's text (buttons, controls drawn as buttons, enabled or not)
 * against what is behind it, from the computed colours in the page: the element's background and
 * its ancestors', composited, and the opacity of the element and its ancestors. Unlike axe-core it
 * checks disabled buttons too, and it needs no stacking order, so a modal dialog in the top layer
 * is measured like anything else.
 */
export async function buttonContrasts(page: Page): Promise<ButtonContrast[]> {
  return textContrasts(page, 'button, .button, .segmented-option span, [role="button"]');
}

/**
 * The contrast of the text of every visible element the selector finds (say, the highlights of a
 * source's text, whose tints axe-core cannot always work out), measured as buttonContrasts does.
 */
export async function textContrasts(page: Page, selector: string): Promise<ButtonContrast[]> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      // color-mix() computes to color(srgb r g b / a), its channels from 0 to 1.
      const scale = css.startsWith('color(srgb') ? 255 : 1;
      return [
        (parts[0] ?? 0) * scale,
        (parts[1] ?? 0) * scale,
        (parts[2] ?? 0) * scale,
        parts[3] ?? 1,
      ];
    };
    // `top` drawn over an opaque `bottom` with the given opacity.
    const over = (top: Rgba, bottom: Rgba, opacity = 1): Rgba => {
      const a = top[3] * opacity;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const isShown = (element: Element) =>
      element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';

    const buttons = [...document.querySelectorAll(selector)].filter(
      (element) => isShown(element) && (element.textContent ?? '').trim() !== '',
    );
    return buttons.map((element) => {
      // From the page's canvas down to the button: each background composited over the last,
      // each opacity fading what is drawn inside it over what was there before.
      const chain: Element[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
      let behind: Rgba = [255, 255, 255, 1];
      let opacity = 1;
      for (const node of chain) {
        const style = getComputedStyle(node);
        opacity *= Number(style.opacity);
        behind = over(parse(style.backgroundColor), behind, opacity);
      }
      const text = over(parse(getComputedStyle(element).color), behind, opacity);
      return {
        name: (element.textContent ?? '').trim().slice(0, 40),
        ratio: ratio(text, behind),
        disabled: element.matches(':disabled') || element.closest(':disabled') !== null,
      };
    });
  }, selector);
}
