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
  /** Pixels that differ, or a sentence when the images cannot be compared pixel by pixel. */
  pixels: number | string;
}

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

/** Differing pixels of two PNG files (any channel); a sentence when the sizes differ. */
export function pixelDiff(fileA: string, fileB: string): number | string {
  if (!existsSync(fileA) || !existsSync(fileB)) return 'a screenshot is missing';
  const a = PNG.sync.read(readFileSync(fileA));
  const b = PNG.sync.read(readFileSync(fileB));
  if (a.width !== b.width || a.height !== b.height) {
    return `size ${a.width}×${a.height} → ${b.width}×${b.height}`;
  }
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      a.data[i] !== b.data[i] ||
      a.data[i + 1] !== b.data[i + 1] ||
      a.data[i + 2] !== b.data[i + 2] ||
      a.data[i + 3] !== b.data[i + 3]
    ) {
      differing++;
    }
  }
  return differing;
}

/** Every view of either folder, with what differs; views only in one folder say so. */
export function compareFolders(dirA: string, dirB: string): ViewDiff[] {
  const inA = new Set(viewsIn(dirA));
  const inB = new Set(viewsIn(dirB));
  const views = [...new Set([...inA, ...inB])].sort();
  return views.map((view) => {
    if (!inA.has(view) || !inB.has(view)) {
      const missing = inA.has(view) ? dirB : dirA;
      return { view, elements: [`the view is missing in ${missing}`], pixels: 'not compared' };
    }
    return {
      view,
      elements: elementDiffs(readElements(dirA, view), readElements(dirB, view)),
      pixels: pixelDiff(path.join(dirA, `${view}.png`), path.join(dirB, `${view}.png`)),
    };
  });
}

export const isSame = (diff: ViewDiff): boolean => diff.elements.length === 0 && diff.pixels === 0;
