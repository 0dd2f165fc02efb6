import Figure from './Figure.astro';
import KeyFigures from './KeyFigures.astro';
import Encadre from './Encadre.astro';
import Citation from './Citation.astro';
import Illustration from './Illustration.astro';
import Ancre from './Ancre.astro';
import type { MdxComponentName } from './mdx-names';

/** The components every chapter can use without an import line: one French name each. */
export const mdxComponents = {
  Figure,
  ChiffresCles: KeyFigures,
  Encadre,
  Citation,
  Illustration,
  Ancre,
} satisfies Record<MdxComponentName, unknown>;
