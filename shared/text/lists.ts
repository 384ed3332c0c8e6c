// Lists joined as a language joins them ("a, b and c", "a, b y c"). One formatter
// per language and kind, made on first use: making an Intl.ListFormat costs more
// than using it (it was 7.5 % of the server's CPU per summary, made each time). A
// list of one is that item: the formatter, cold between requests, took about 5 µs.
const formatters = new Map<string, Intl.ListFormat>();

export function joinList(
  items: readonly string[],
  languageTag: string,
  type: Intl.ListFormatType = 'conjunction',
): string {
  if (items.length === 1) return items[0]!;
  const key = `${languageTag} ${type}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.ListFormat(languageTag, { type })));
  return formatter.format(items);
}
