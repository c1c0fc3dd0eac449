/** A slug from a file's name, without its folder and last extension: "Some Page_2024.html" → "some-page-2024". Empty when nothing is left. */
export const slugFromFile = (file: string): string =>
  file
    .replace(/^.*[\\/]/, '')
    .replace(/(.)\.[^.]*$/, '$1')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
