import { useLayoutEffect } from 'react';
import { badgeSprite, GRID_BADGE, MATRIX_BADGE } from './badge-sprite';
import { chipSprite } from './chip-sprite';
import type { Sprite } from './sprite-ops';

/**
 * A sprite as a PNG at the screen's pixel ratio. A bitmap, not an SVG: Chrome records an SVG
 * image again for every element it paints (about a millisecond a scrolled frame here), while a
 * bitmap is one image draw.
 */
function spriteUrl(sprite: Sprite, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(sprite.width * scale);
  canvas.height = Math.ceil(sprite.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return 'none';
  ctx.scale(scale, scale);
  ctx.font = sprite.font;
  ctx.textAlign = 'center';
  for (const op of sprite.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.fill;
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else if (op.kind === 'box') {
      ctx.fillStyle = op.fill;
      ctx.beginPath();
      ctx.roundRect(op.x, op.y, op.w, op.h, op.radius);
      ctx.fill();
      // The edge inside the box, as a CSS border: a 1 px line half a pixel in.
      ctx.strokeStyle = op.edge;
      ctx.lineWidth = 1;
      ctx.setLineDash(op.dashed ? [3, 2] : []);
      ctx.beginPath();
      ctx.roundRect(op.x + 0.5, op.y + 0.5, op.w - 1, op.h - 1, op.radius - 0.5);
      ctx.stroke();
    } else {
      ctx.fillStyle = op.fill;
      if (op.align === 'cap') {
        // Centre the capital's own height (not the em box) on y, as the eye reads a chip.
        ctx.textBaseline = 'alphabetic';
        const cap = ctx.measureText(op.text).actualBoundingBoxAscent;
        ctx.fillText(op.text, op.x, op.y + cap / 2);
      } else {
        ctx.textBaseline = 'middle';
        ctx.fillText(op.text, op.x, op.y);
      }
    }
  }
  return `url("${canvas.toDataURL('image/png')}")`;
}

type Token = (name: string) => string;
const badgeColours = (token: Token) => ({
  allow: token('--allow'),
  allowSoft: token('--allow-soft'),
  deny: token('--deny'),
  muted: token('--text-muted'),
});

/** Each sprite: the CSS variable that shows it, and how it is drawn from the theme's tokens. */
const SPRITES = {
  matrixBadges: {
    variable: '--badge-sprite',
    of: (token: Token) => badgeSprite(MATRIX_BADGE, badgeColours(token), token('--mono')),
  },
  gridBadges: {
    variable: '--badge-sprite-grid',
    of: (token: Token) => badgeSprite(GRID_BADGE, badgeColours(token), token('--mono')),
  },
  chips: {
    variable: '--chip-sprite',
    of: (token: Token) =>
      chipSprite(
        {
          surface: token('--surface'),
          borderStrong: token('--border-strong'),
          text: token('--text'),
          muted: token('--text-muted'),
          accent: token('--accent'),
          accentText: token('--accent-text'),
          accentSoft: token('--accent-soft'),
        },
        token('--font'),
      ),
  },
} as const;
export type SpriteName = keyof typeof SPRITES;

/** How many mounted tables show each sprite: only those are drawn, and redrawn. */
const users = new Map<SpriteName, number>();
let stop: (() => void) | undefined;

/** Draws these sprites in the theme's colours, as the CSS variables that show them. */
function drawSprites(names: Iterable<SpriteName>) {
  const root = document.documentElement;
  const style = getComputedStyle(root);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const scale = Math.max(1, window.devicePixelRatio || 1);
  for (const name of names)
    root.style.setProperty(SPRITES[name].variable, spriteUrl(SPRITES[name].of(token), scale));
}

const redraw = () => drawSprites(users.keys());

/** Redraws when the theme switches (`<html data-theme>`) or the pixel ratio changes (zoom). */
function watch(): () => void {
  const theme = new MutationObserver(redraw);
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  let ratio: MediaQueryList | undefined;
  const onRatio = () => {
    redraw();
    ratio?.removeEventListener('change', onRatio);
    ratio = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    ratio.addEventListener('change', onRatio);
  };
  ratio = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
  ratio.addEventListener('change', onRatio);
  return () => {
    theme.disconnect();
    ratio?.removeEventListener('change', onRatio);
  };
}

/**
 * Keeps the sprites a table shows (`names`, a constant of the table) drawn in the current theme:
 * each once when the first table that shows it mounts (before it paints), and again whenever
 * the theme or the pixel ratio changes. A page with the matrix alone (an embed) draws no chips.
 */
export function useThemeSprites(names: readonly SpriteName[]) {
  useLayoutEffect(() => {
    const fresh = names.filter((name) => !users.has(name));
    for (const name of names) users.set(name, (users.get(name) ?? 0) + 1);
    drawSprites(fresh);
    stop ??= watch();
    return () => {
      for (const name of names) {
        const left = (users.get(name) ?? 1) - 1;
        if (left > 0) users.set(name, left);
        else users.delete(name);
      }
      if (users.size > 0) return;
      stop?.();
      stop = undefined;
    };
  }, [names]);
}
