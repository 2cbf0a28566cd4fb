/**
 * How a person's name appears in public (SPEC §5, 慈善法 Art. 82): the family name and `**`, so
 * neither the given name nor its length shows. `匿名` for those who asked not to be named.
 */
export const ANONYMOUS = '匿名';

export function maskName(name: string | null | undefined): string {
  const trimmed = name?.trim();
  if (!trimmed) return ANONYMOUS;
  return `${Array.from(trimmed)[0]!}**`;
}
