/**
 * Where a resident widget reads from: its `division` attribute — a 12-digit community or a 9-digit
 * street — or else the community of the page's configuration. `undefined`: the whole district.
 */
export function placeOf(
  division: string | undefined,
  community: string,
): { community: string } | { street: string } | undefined {
  const code = division?.trim() || community;
  if (/^\d{12}$/.test(code)) return { community: code };
  if (/^\d{9}$/.test(code)) return { street: code };
  return undefined;
}
