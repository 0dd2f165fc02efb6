import Figure from './Figure.astro';
import KeyFigures from './KeyFigures.astro';
import Encadre from './Encadre.astro';
import Citation from './Citation.astro';
import Illustration from './Illustration.astro';

/** The components every chapter can use without an import line (French names, and English aliases). */
export const mdxComponents = {
  Figure,
  KeyFigures,
  ChiffresCles: KeyFigures,
  Encadre,
  Callout: Encadre,
  Citation,
  Quote: Citation,
  Illustration,
  Image: Illustration,
};
