/** Where a project counts in the index: the district, each street and community it serves, and each served community's street. */
export function projectHolders(
  districtCode: string,
  project: { readonly streetCodes: readonly string[]; readonly communityCodes: readonly string[] },
): Set<string> {
  return new Set([
    districtCode,
    ...project.streetCodes,
    ...project.communityCodes,
    ...project.communityCodes.map((code) => code.slice(0, 9)),
  ]);
}
