import { useLayoutEffect } from 'react';
import { badgeSprite, GRID_BADGE, MATRIX_BADGE } from '../sprites/badge-sprite';
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

/** Draws every sprite in the theme's colours, as the CSS variables that show them. */
function drawSprites() {
  const root = document.documentElement;
  const style = getComputedStyle(root);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const badges = {
    allow: token('--allow'),
    allowSoft: token('--allow-soft'),
    deny: token('--deny'),
    muted: token('--text-muted'),
  };
  const chips = {
    surface: token('--surface'),
    borderStrong: token('--border-strong'),
    text: token('--text'),
    muted: token('--text-muted'),
    accent: token('--accent'),
    accentText: token('--accent-text'),
    accentSoft: token('--accent-soft'),
  };
  const scale = Math.max(1, window.devicePixelRatio || 1);
  const mono = token('--mono');
  root.style.setProperty(
    '--badge-sprite',
    spriteUrl(badgeSprite(MATRIX_BADGE, badges, mono), scale),
  );
  root.style.setProperty(
    '--badge-sprite-grid',
    spriteUrl(badgeSprite(GRID_BADGE, badges, mono), scale),
  );
  root.style.setProperty('--chip-sprite', spriteUrl(chipSprite(chips, token('--font')), scale));
}

let users = 0;
let stop: (() => void) | undefined;

/** Redraws when the theme switches (`<html data-theme>`) or the pixel ratio changes (zoom). */
function watch(): () => void {
  const theme = new MutationObserver(drawSprites);
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  let ratio: MediaQueryList | undefined;
  const onRatio = () => {
    drawSprites();
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
 * Keeps the sprites (the matrix's and the grid's badges, the grid's checkbox chips) drawn in the
 * current theme: once when the first table that shows them mounts (before it paints), and again
 * whenever the theme or the pixel ratio changes.
 */
export function useThemeSprites() {
  useLayoutEffect(() => {
    if (users++ === 0) {
      drawSprites();
      stop = watch();
    }
    return () => {
      if (--users > 0) return;
      stop?.();
      stop = undefined;
    };
  }, []);
}
