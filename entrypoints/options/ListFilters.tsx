// Search, tag and status filters (with counts) and sort order of the reading list.
import type { SavedPage } from '@/utils/types';
import { READ_STATUSES, type ReadStatus } from '@/utils/types';
import type { ListFilter, SortKey } from '@/hooks/use-saved-query';
import { Field } from '@/components/Field';

const SORTS: [SortKey, string][] = [
  ['savedAt', 'Saved date'],
  ['publishedAt', 'Publication date'],
  ['upvotes', 'Upvotes'],
];

interface Props {
  filter: ListFilter;
  onChange(patch: Partial<ListFilter>): void;
  counts: Pick<SavedPage, 'tagCounts' | 'statusCounts'> | null;
}

export function ListFilters({ filter, onChange, counts }: Props) {
  const tagCounts = counts?.tagCounts ?? {};
  const tags = Object.keys(tagCounts).sort((a, b) => tagCounts[b] - tagCounts[a] || a.localeCompare(b));
  if (filter.tag && !tags.includes(filter.tag)) tags.unshift(filter.tag);
  const statusCount = (s: string) => counts?.statusCounts[s] ?? 0;

  return (
    <div class="list-filters" role="search">
      <Field label="Search">
        {(id) => (
          <input
            id={id}
            type="search"
            value={filter.text}
            placeholder="title, authors, abstract, tags, note"
            onInput={(e) => onChange({ text: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label="Tag">
        {(id) => (
          <select id={id} value={filter.tag} onChange={(e) => onChange({ tag: e.currentTarget.value })}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t} ({tagCounts[t] ?? 0})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Status filter">
        {(id) => (
          <select id={id} value={filter.status} onChange={(e) => onChange({ status: e.currentTarget.value as ReadStatus | '' })}>
            <option value="">All statuses</option>
            {READ_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s} ({statusCount(s)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sort">
        {(id) => (
          <select id={id} value={filter.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}>
            {SORTS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
