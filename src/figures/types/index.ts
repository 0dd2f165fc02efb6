import path from 'node:path';
import type { z } from 'astro/zod';
import type { ChartType, CommonSpec } from './contract';

// The chart types figure files may name: one folder per type (src/figures/types/<type>/type.ts,
// its default export a `defineChartType`), found by this glob, so a new folder is a new type with
// no list to edit. The folder's name is the type's name.

const modules = import.meta.glob<{ default: ChartType }>('./*/type.ts', { eager: true });

/** Where the type folders are, from the project's root. */
export const typesFolder = 'src/figures/types';

/** Every chart type by name, in their `order` (then by name). */
export const chartTypes: Readonly<Record<string, ChartType>> = Object.fromEntries(
  Object.entries(modules)
    .map(([key, module]) => [key.replace(/^\.\/([^/]+)\/type\.ts$/, '$1'), module.default] as const)
    .sort(([a, x], [b, y]) => x.order - y.order || a.localeCompare(b)),
);

/** A chart type's key in figure files. */
export type FigureType = string;

/** The type names, for messages and the editor. */
export const figureTypeNames: FigureType[] = Object.keys(chartTypes);

/** The chart types a figure file may name, with what each draws (shown in messages, the editor and the gallery). */
export const figureTypes: Readonly<Record<FigureType, string>> = Object.fromEntries(figureTypeNames.map((name) => [name, chartTypes[name]!.summary]));

/** The schema of each figure type's file. */
export const figureSchemas: Readonly<Record<FigureType, z.ZodObject>> = Object.fromEntries(figureTypeNames.map((name) => [name, chartTypes[name]!.schema]));

/** A figure file after validation: the common keys, its type, and its type's own keys. */
export type FigureSpec = CommonSpec & { type: FigureType } & Record<string, any>;

/** Every key a figure file may hold, by type (for messages and the editor). */
export function keysOf(type: FigureType): string[] {
  return ['type', ...Object.keys(figureSchemas[type]!.shape)];
}

/** The folder of a type (its examples and their CSV may sit there), from the working directory. */
export const typeFolder = (type: FigureType): string => path.resolve(typesFolder, type);
