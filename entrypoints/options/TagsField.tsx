// A paper's tags as comma-separated text. Saves on blur or Enter (normalised); Escape reverts.
// While focused, a <datalist> offers existing tags for the tag being typed.
import { useEffect, useState } from 'preact/hooks';
import { parseTags, sameTags, tagSuggestions, tagsText } from '@/utils/library/tag-text';
import { Field } from '@/components/Field';

interface Props {
  paperId: string;
  tags: string[];
  knownTags: readonly string[];
  onSave(tags: string[]): void;
}

export function TagsField({ paperId, tags, knownTags, onSave }: Props) {
  const [text, setText] = useState(() => tagsText(tags));
  const [focused, setFocused] = useState(false);
  const listId = `papersift-tags-${paperId}`;

  // Follow the stored tags (other tabs, bulk actions) unless the reader is typing.
  useEffect(() => {
    if (!focused) setText(tagsText(tags));
  }, [tags.join('\n')]);

  function commit() {
    const next = parseTags(text);
    setText(tagsText(next));
    if (!sameTags(next, tags)) onSave(next);
  }

  return (
    <Field label="Tags" class="tags">
      {(id) => (
        <>
          <input
            id={id}
            value={text}
            placeholder="comma-separated"
            autoComplete="off"
            list={listId}
            onInput={(e) => setText(e.currentTarget.value)}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              commit();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              } else if (e.key === 'Escape') {
                setText(tagsText(tags));
              }
            }}
          />
          {/* Always present (a stable combobox role); filled only while the field is in use. */}
          <datalist id={listId}>
            {focused &&
              tagSuggestions(text, knownTags).map((value) => (
                <option key={value} value={value} />
              ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
