/**
 * The names of the components every chapter can use without an import line (src/components/mdx.ts
 * maps each to its component; its type holds them to this list). The chapter check refuses any
 * other capitalised tag before the build would fail on it.
 */
export const mdxComponentNames = ['Figure', 'ChiffresCles', 'Encadre', 'Citation', 'Illustration', 'Ancre'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
