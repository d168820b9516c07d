/**
 * Pan and zoom by viewBox: the view is the graph point at the container's top-left plus
 * a scale (screen px per graph unit). Using the viewBox instead of a CSS transform keeps
 * text crisp and keeps getScreenCTM (used by connect-drag) correct.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { Box } from './types.js';

export interface View {
  x: number;
  y: number;
  scale: number;
}

const MIN_SCALE = 0.2;
const MAX_SCALE = 3;
const clampScale = (s: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, Number.isFinite(s) ? s : 1));

/** View that shows `width × height` graph units centred in the container (never above 100%). */
export function fitView(width: number, height: number, size: { width: number; height: number }): View {
  const scale = clampScale(Math.min(1, size.width / Math.max(1, width), size.height / Math.max(1, height)));
  return { scale, x: (width - size.width / scale) / 2, y: (height - size.height / scale) / 2 };
}

/** Tracks the container size, the view, and the pan/zoom gestures. */
export function usePanZoom(containerRef: RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 500 });
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const pan = useRef<{ id: number; x: number; y: number; view: View } | null>(null);
  // Set once the user pans or zooms; until then the owner may keep re-fitting the graph.
  const touched = useRef(false);

  useEffect(() => {
    const el = containerRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientHeight > 0) setSize({ width: el.clientWidth, height: el.clientHeight });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [containerRef]);

  /** Zooms by `factor`, keeping the container point (px) `at` fixed (default: centre). */
  const zoom = useCallback((factor: number, at?: { x: number; y: number }) => {
    touched.current = true;
    setView((v) => {
      const scale = clampScale(v.scale * factor);
      const px = at?.x ?? size.width / 2;
      const py = at?.y ?? size.height / 2;
      return { scale, x: v.x + px / v.scale - px / scale, y: v.y + py / v.scale - py / scale };
    });
  }, [size]);

  // React registers wheel listeners as passive, so preventDefault needs a native listener.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent): void => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      zoom(Math.exp(-e.deltaY * 0.0015), { x: e.clientX - rect.left, y: e.clientY - rect.top });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [containerRef, zoom]);

  const onPointerDown = useCallback((e: PointerEvent<HTMLDivElement>) => {
    // Only the background pans: nodes keep their click, buttons their press.
    const target = e.target as Element;
    if (e.button !== 0 || target.closest('[data-testid="graph-node"], button')) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    touched.current = true;
    pan.current = { id: e.pointerId, x: e.clientX, y: e.clientY, view };
  }, [view]);

  const onPointerMove = useCallback((e: PointerEvent<HTMLDivElement>) => {
    const p = pan.current;
    if (!p || p.id !== e.pointerId) return;
    setView({ ...p.view, x: p.view.x - (e.clientX - p.x) / p.view.scale, y: p.view.y - (e.clientY - p.y) / p.view.scale });
  }, []);

  const onPointerUp = useCallback(() => {
    pan.current = null;
  }, []);

  /** Shows the whole `width × height` graph and forgets earlier gestures. */
  const fit = useCallback((width: number, height: number) => {
    touched.current = false;
    setView(fitView(width, height, size));
  }, [size]);

  const viewBox: Box = { x: view.x, y: view.y, width: size.width / view.scale, height: size.height / view.scale };
  return { size, view, viewBox, zoom, fit, touched, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp } };
}
