/** Skills as typed in one text field: separated by commas, 、, semicolons or new lines. */
export const skillsOf = (text: string): string[] =>
  text
    .split(/[,，、;；\n]+/)
    .map((skill) => skill.trim())
    .filter(Boolean);
