/**
 * How each run status is shown. Every status has an icon and a label besides its colour,
 * so colour is never the only signal (WCAG 1.4.1).
 */
import type { StateStatus } from './types.js';

export interface StatusLook {
  label: string;
  icon: string;
  /** Border and icon colour. */
  color: string;
  /** Node fill: a light tint of the colour. */
  fill: string;
}

/** Presentation of each status; NOT_STARTED keeps the neutral node look. */
export const STATUS_LOOK: Record<StateStatus, StatusLook> = {
  NOT_STARTED: { label: 'Not started', icon: '', color: '#8c8c94', fill: '#ffffff' },
  IN_PROGRESS: { label: 'In progress', icon: '●', color: '#0972d3', fill: '#f0f7ff' },
  SUCCEEDED: { label: 'Succeeded', icon: '✓', color: '#1d8102', fill: '#f2f8f0' },
  FAILED: { label: 'Failed', icon: '✕', color: '#d13212', fill: '#fff5f3' },
  CAUGHT_ERROR: { label: 'Caught error', icon: '!', color: '#e07700', fill: '#fff8ef' },
  CANCELLED: { label: 'Cancelled', icon: '⊘', color: '#5f6b7a', fill: '#f4f4f6' },
};

/** Subtle accent per state type (the stripe at the node's left edge). */
const TYPE_ACCENT: Record<string, string> = {
  Task: '#7d4dbd',
  Pass: '#687078',
  Choice: '#b7740f',
  Wait: '#037f8c',
  Parallel: '#2a5fb0',
  Map: '#2a5fb0',
  Succeed: '#2c7a3f',
  Fail: '#a8321c',
};

/** Accent colour of a state type (grey for unknown types). */
export function typeAccent(type: string | undefined): string {
  return (type && TYPE_ACCENT[type]) || '#8c8c94';
}
