// Search, tag and status filters (with counts) and sort order of the reading list.
import type { SavedPage } from '@/utils/types';
import { READ_STATUSES, type ReadStatus } from '@/utils/types';
import type { ListFilter, SortKey } from '@/hooks/use-saved-query';
import { Field } from '@/components/Field';
import { SelectField, type Choice } from '@/components/SelectField';

const SORTS: Choice<SortKey>[] = [
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
  const tagChoices: Choice<string>[] = [['', 'All tags'], ...tags.map((t): Choice<string> => [t, `${t} (${tagCounts[t] ?? 0})`])];
  const statusChoices: Choice<ReadStatus | ''>[] = [['', 'All statuses'], ...READ_STATUSES.map((s): Choice<ReadStatus> => [s, `${s} (${statusCount(s)})`])];

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
      <SelectField label="Tag" value={filter.tag} choices={tagChoices} onChange={(tag) => onChange({ tag })} />
      <SelectField label="Status filter" value={filter.status} choices={statusChoices} onChange={(status) => onChange({ status })} />
      <SelectField label="Sort" value={filter.sort} choices={SORTS} onChange={(sort) => onChange({ sort })} />
    </div>
  );
}
