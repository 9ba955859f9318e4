// CSS colours as a file gives them (a stance's `color`), read without the DOM (datasets are parsed
// in a Web Worker) and handed to the drawing in one form that every renderer reads alike.
//
// The legend is HTML and SVG, so the browser reads any CSS colour there; Cytoscape.js reads only
// #rgb, #rrggbb, rgb()/rgba() with commas, hsl()/hsla() with commas and its own list of names
// (no rebeccapurple), and draws anything else grey. So a colour is read here once, by the syntax of
// CSS Color 4, and drawn everywhere as #rrggbb, or rgba(r,g,b,a) when it is not opaque.

/** A colour in sRGB: r, g and b from 0 to 255 (whole numbers), a (opacity) from 0 to 1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

export type ColourReading = { ok: true; rgba: Rgba } | { ok: false; message: string };

// The 148 named colours of CSS Color 4 (transparent and currentcolor are keywords, read apart).
const NAMED_COLOURS = `
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc
bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50
cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b
darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b
darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f
darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff
dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0
forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520
gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4
indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5
lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff
lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1
lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899
lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32
linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd
mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee
mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970
mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6
olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa
palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9
peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399
red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460
seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd
slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c
teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff
whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32`;

const NAMED = new Map<string, Rgba>();
{
  const words = NAMED_COLOURS.trim().split(/\s+/);
  for (let i = 0; i < words.length; i += 2) NAMED.set(words[i]!, hexRgba(words[i + 1]!));
}

// Colour functions of CSS Color 4 and 5 that this module does not convert to sRGB.
const UNDRAWN_FUNCTIONS = new Set([
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
  'color-mix',
  'light-dark',
]);

const HINT = 'use a colour name, #rrggbb, rgb(), hsl() or hwb()';

function hexRgba(digits: string): Rgba {
  // #rgb and #rgba double each digit.
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
}

type Token =
  | { type: 'number'; value: number }
  | { type: 'percentage'; value: number }
  | { type: 'angle'; value: number }
  | { type: 'none' }
  | { type: ',' }
  | { type: '/' };

// One argument token of a colour function, with the white space around it. A CSS number has
// digits after its point when it has a point ("1." is no number).
const TOKEN =
  /\s*(?:([,/])|(none)(?![a-z])|([+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)(%|deg|grad|rad|turn)?)\s*/y;

const DEGREES_PER = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 } as const;

function tokens(text: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match || TOKEN.lastIndex === at) return undefined;
    const [, separator, none, number, unit] = match;
    if (separator === ',' || separator === '/') out.push({ type: separator });
    else if (none !== undefined) out.push({ type: 'none' });
    else if (number !== undefined) {
      const value = Number(number);
      if (!Number.isFinite(value)) return undefined;
      if (unit === undefined) out.push({ type: 'number', value });
      else if (unit === '%') out.push({ type: 'percentage', value });
      else
        out.push({ type: 'angle', value: value * DEGREES_PER[unit as keyof typeof DEGREES_PER] });
    }
  }
  return out;
}

type Value = Exclude<Token, { type: ',' | '/' }>;

/**
 * The arguments of a colour function: three values and maybe an alpha, in the legacy syntax
 * (`rgb(1, 2, 3, 0.5)`: commas, no `none`) or the modern one (`rgb(1 2 3 / 50%)`).
 */
function argumentsOf(
  list: readonly Token[],
): { values: Value[]; alpha: Value | undefined; legacy: boolean } | undefined {
  const isValue = (t: Token | undefined): t is Value =>
    t !== undefined && t.type !== ',' && t.type !== '/';
  if (list.some((t) => t.type === ',')) {
    const values = list.filter((_, i) => i % 2 === 0);
    const commas = list.filter((_, i) => i % 2 === 1);
    if (list.length % 2 === 0 || values.length < 3 || values.length > 4) return undefined;
    if (!values.every(isValue) || commas.some((t) => t.type !== ',')) return undefined;
    if (values.some((t) => t.type === 'none')) return undefined;
    return { values: values.slice(0, 3), alpha: values[3], legacy: true };
  }
  const values = list.slice(0, 3);
  if (values.length !== 3 || !values.every(isValue)) return undefined;
  if (list.length === 3) return { values, alpha: undefined, legacy: false };
  if (list.length === 5 && list[3]!.type === '/' && isValue(list[4])) {
    return { values, alpha: list[4], legacy: false };
  }
  return undefined;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function alphaOf(token: Value | undefined): number | undefined {
  if (token === undefined) return 1;
  if (token.type === 'number') return clamp(token.value, 0, 1);
  if (token.type === 'percentage') return clamp(token.value / 100, 0, 1);
  if (token.type === 'none') return 0;
  return undefined;
}

/** A hue in degrees: a number or an angle (`none` only in the modern syntax, as 0). */
function hueOf(token: Value): number | undefined {
  if (token.type === 'number' || token.type === 'angle') return token.value;
  if (token.type === 'none') return 0;
  return undefined;
}

/** A saturation, lightness, whiteness or blackness from 0 to 1. */
function fractionOf(token: Value, legacy: boolean): number | undefined {
  if (token.type === 'percentage') return clamp(token.value / 100, 0, 1);
  if (legacy) return undefined;
  if (token.type === 'number') return clamp(token.value / 100, 0, 1);
  if (token.type === 'none') return 0;
  return undefined;
}

/** Red, green and blue from 0 to 1 (CSS Color 4, 7.1: converting HSL to RGB). */
function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const h = ((hue % 360) + 360) % 360;
  const amount = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return lightness - amount * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [channel(0), channel(8), channel(4)];
}

function rgbaOf(name: string, args: ReturnType<typeof argumentsOf>): Rgba | undefined {
  if (!args) return undefined;
  const { values, legacy } = args;
  const a = alphaOf(args.alpha);
  if (a === undefined) return undefined;
  let rgb: number[] | undefined;
  if (name === 'rgb' || name === 'rgba') {
    // The legacy syntax takes three numbers or three percentages, not a mix.
    if (legacy && new Set(values.map((t) => t.type)).size !== 1) return undefined;
    rgb = values.map((t) => {
      if (t.type === 'number') return t.value;
      if (t.type === 'percentage') return (t.value / 100) * 255;
      return t.type === 'none' ? 0 : NaN;
    });
    if (rgb.some(Number.isNaN)) return undefined;
    rgb = rgb.map((c) => clamp(c, 0, 255));
  } else if (name === 'hsl' || name === 'hsla' || name === 'hwb') {
    if (name === 'hwb' && legacy) return undefined;
    const hue = hueOf(values[0]!);
    const first = fractionOf(values[1]!, legacy);
    const second = fractionOf(values[2]!, legacy);
    if (hue === undefined || first === undefined || second === undefined) return undefined;
    if (name === 'hwb') {
      const [white, black] = [first, second];
      // Whiteness and blackness that add up to 1 or more make a grey.
      const colour =
        white + black >= 1
          ? [white / (white + black), white / (white + black), white / (white + black)]
          : hslToRgb(hue, 1, 0.5).map((c) => c * (1 - white - black) + white);
      rgb = colour.map((c) => c * 255);
    } else {
      rgb = hslToRgb(hue, first, second).map((c) => c * 255);
    }
  } else return undefined;
  const [r, g, b] = rgb.map(Math.round) as [number, number, number];
  return { r, g, b, a };
}

/**
 * Returns the colour a CSS colour text stands for, or why it is none: hex (#rgb, #rgba, #rrggbb,
 * #rrggbbaa), rgb()/rgba(), hsl()/hsla() and hwb() in the legacy (commas) and the modern syntax
 * (spaces, `/ alpha`, percentages, `none`), the named colours and transparent. Case and white
 * space around do not count; channels outside their range are clamped, as CSS does.
 */
export function readCssColour(text: string): ColourReading {
  const value = text.trim().toLowerCase();
  const refuse = (message: string): ColourReading => ({
    ok: false,
    message: `${JSON.stringify(shorten(text))} ${message}`,
  });
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) return { ok: true, rgba: hexRgba(hex[1]!) };
  if (value === 'transparent') return { ok: true, rgba: { r: 0, g: 0, b: 0, a: 0 } };
  const named = NAMED.get(value);
  if (named) return { ok: true, rgba: named };
  if (value === 'currentcolor')
    return refuse(`is the text's colour, not a colour of its own (${HINT})`);
  const call = /^([a-z-]+)\((.*)\)$/s.exec(value);
  if (call) {
    const name = call[1]!;
    if (UNDRAWN_FUNCTIONS.has(name)) {
      return refuse(`is written in ${name}(), which this app cannot draw (${HINT})`);
    }
    const list = tokens(call[2]!);
    const rgba = list && rgbaOf(name, argumentsOf(list));
    if (rgba) return { ok: true, rgba };
  }
  return refuse(`is not a CSS colour (${HINT})`);
}

const MAX_SHOWN = 60;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/**
 * Returns a colour as Cytoscape.js, canvas and SVG all draw it: `#rrggbb` when opaque, else
 * `rgba(r,g,b,a)` with a to three decimals.
 */
export function drawingColour({ r, g, b, a }: Rgba): string {
  if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${r},${g},${b},${Math.round(a * 1000) / 1000})`;
}

/**
 * Returns the drawing form (see drawingColour) of a CSS colour text, or undefined when it is none.
 * A text that is already #rrggbb is returned as written (trimmed), in its own letter case.
 */
export function drawnColour(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (/^#[0-9a-f]{6}$/i.test(trimmed)) return trimmed;
  const reading = readCssColour(text);
  return reading.ok ? drawingColour(reading.rgba) : undefined;
}
