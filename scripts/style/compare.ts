/**
 * Compares two style snapshot folders view by view: elements that appeared or went, boxes and
 * computed properties that changed, and how many pixels of the screenshots differ.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { ElementRecord } from './in-page.js';

/** How many differences of one view are listed; the count is always complete. */
export const SHOWN_PER_VIEW = 20;

export interface ViewDiff {
  view: string;
  /** Every difference in the element lists, as one line each. */
  elements: string[];
  /** Pixels that differ by more than the tolerance, or a sentence when they cannot be compared. */
  pixels: number | string;
  /** Pixels that differ by no more than the tolerance: reported, not counted as a change. */
  faint: number;
}

/**
 * How far (0–255, any channel) a pixel may differ and still count as the same. Chromium's
 * software rasteriser now and then anti-aliases a rounded corner one level differently between
 * runs under load; a change of style moves far more than that, and a colour change too small
 * for this tolerance still shows in the computed styles, which are compared exactly.
 */
export const DEFAULT_TOLERANCE = 2;

const viewsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));

const readElements = (dir: string, view: string): ElementRecord[] =>
  JSON.parse(readFileSync(path.join(dir, `${view}.json`), 'utf8')) as ElementRecord[];

/** The differences between two element lists, matched by path. */
export function elementDiffs(before: ElementRecord[], after: ElementRecord[]): string[] {
  const lines: string[] = [];
  const afterByPath = new Map(after.map((element) => [element.path, element]));
  const beforePaths = new Set(before.map((element) => element.path));
  for (const old of before) {
    const now = afterByPath.get(old.path);
    if (!now) {
      lines.push(`- ${old.path} "${old.text}" is gone`);
      continue;
    }
    const where = `${old.path}${old.text ? ` "${old.text}"` : ''}`;
    if (old.box.join() !== now.box.join()) {
      lines.push(`~ ${where} box [${old.box.join(', ')}] → [${now.box.join(', ')}]`);
    }
    if (old.text !== now.text) lines.push(`~ ${where} text → "${now.text}"`);
    for (const [property, value] of Object.entries(old.style)) {
      if (now.style[property] !== value) {
        lines.push(`~ ${where} ${property}: ${value} → ${now.style[property]}`);
      }
    }
  }
  for (const element of after) {
    if (!beforePaths.has(element.path)) lines.push(`+ ${element.path} "${element.text}" is new`);
  }
  return lines;
}

/** Pixels of two PNG files that differ beyond and within `tolerance`; a sentence on another size. */
export function pixelDiff(
  fileA: string,
  fileB: string,
  tolerance: number,
): { pixels: number | string; faint: number } {
  if (!existsSync(fileA) || !existsSync(fileB))
    return { pixels: 'a screenshot is missing', faint: 0 };
  const a = PNG.sync.read(readFileSync(fileA));
  const b = PNG.sync.read(readFileSync(fileB));
  if (a.width !== b.width || a.height !== b.height) {
    return { pixels: `size ${a.width}×${a.height} → ${b.width}×${b.height}`, faint: 0 };
  }
  let pixels = 0;
  let faint = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let most = 0;
    for (let channel = 0; channel < 4; channel++) {
      most = Math.max(most, Math.abs(a.data[i + channel] - b.data[i + channel]));
    }
    if (most > tolerance) pixels++;
    else if (most > 0) faint++;
  }
  return { pixels, faint };
}

/** Every view of either folder, with what differs; views only in one folder say so. */
export function compareFolders(
  dirA: string,
  dirB: string,
  tolerance = DEFAULT_TOLERANCE,
): ViewDiff[] {
  const inA = new Set(viewsIn(dirA));
  const inB = new Set(viewsIn(dirB));
  const views = [...new Set([...inA, ...inB])].sort();
  return views.map((view) => {
    if (!inA.has(view) || !inB.has(view)) {
      const missing = inA.has(view) ? dirB : dirA;
      const elements = [`the view is missing in ${missing}`];
      return { view, elements, pixels: 'not compared', faint: 0 };
    }
    return {
      view,
      elements: elementDiffs(readElements(dirA, view), readElements(dirB, view)),
      ...pixelDiff(path.join(dirA, `${view}.png`), path.join(dirB, `${view}.png`), tolerance),
    };
  });
}

export const isSame = (diff: ViewDiff): boolean => diff.elements.length === 0 && diff.pixels === 0;
