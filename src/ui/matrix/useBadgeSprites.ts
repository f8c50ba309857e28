import { useLayoutEffect } from 'react';
import { badgeSpriteOps, spriteSize, type BadgeColours, type BadgeGeometry } from './badge-sprite';

/** The matrix's badges, and the grid's smaller ones under its checkboxes (sizes as in the CSS). */
export const MATRIX_BADGE: BadgeGeometry = {
  slot: 14,
  height: 16,
  pitch: 16,
  gapW: 0,
  fontSize: 10,
  denyDot: true,
};
export const GRID_BADGE: BadgeGeometry = {
  slot: 13,
  height: 12,
  pitch: 14,
  gapW: 2,
  fontSize: 9,
  denyDot: false,
};

/**
 * The sprite as a PNG at the screen's pixel ratio. A bitmap, not an SVG: Chrome records an SVG
 * image again for every badge it paints (about a millisecond a scrolled frame here), while a
 * bitmap is one image draw.
 */
function spriteUrl(g: BadgeGeometry, colours: BadgeColours, font: string, scale: number) {
  const { width, height } = spriteSize(g);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return 'none';
  ctx.scale(scale, scale);
  ctx.font = `700 ${g.fontSize}px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const op of badgeSpriteOps(g, colours)) {
    ctx.fillStyle = op.fill;
    if (op.kind === 'rect') ctx.fillRect(op.x, op.y, op.w, op.h);
    else ctx.fillText(op.text, op.x, op.y);
  }
  return `url("${canvas.toDataURL('image/png')}")`;
}

/** Draws both sprites in the theme's colours, as the CSS variables the badges show. */
function drawSprites() {
  const root = document.documentElement;
  const style = getComputedStyle(root);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const colours: BadgeColours = {
    allow: token('--allow'),
    allowSoft: token('--allow-soft'),
    deny: token('--deny'),
    muted: token('--text-muted'),
  };
  const scale = Math.max(1, window.devicePixelRatio || 1);
  root.style.setProperty(
    '--badge-sprite',
    spriteUrl(MATRIX_BADGE, colours, token('--mono'), scale),
  );
  root.style.setProperty(
    '--badge-sprite-grid',
    spriteUrl(GRID_BADGE, colours, token('--mono'), scale),
  );
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
 * Keeps the badge sprites (`badgeSpriteOps`) drawn in the current theme: once when the first
 * table that shows badges mounts (before it paints), and again whenever the theme or the pixel
 * ratio changes.
 */
export function useBadgeSprites() {
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
