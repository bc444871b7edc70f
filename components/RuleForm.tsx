// The quick rule form (SPEC names: "Terms", "Action", "Tag", "Add rule"). The background
// validates; its refusal (e.g. an invalid regular expression) is shown and nothing is saved.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { Field } from '@/components/Field';
import { plainChoices, SelectField } from '@/components/SelectField';
import { RULE_ACTIONS, type RuleAction } from '@/utils/types';

const ACTIONS = plainChoices(RULE_ACTIONS);

export function RuleForm({ onAdded }: { onAdded?: (tag: string) => void }) {
  const [terms, setTerms] = useState('');
  const [action, setAction] = useState<RuleAction>('highlight');
  const [tag, setTag] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const rule = await sendMessage('putRule', { terms, action, tag: tag.trim() || undefined });
      setTerms('');
      setTag('');
      setError('');
      onAdded?.(rule.tag);
    } catch (err) {
      setError((err as Error).message || 'The rule could not be saved.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="rule-form" onSubmit={submit}>
      <Field label="Terms">
        {(id) => (
          <input
            id={id}
            name="terms"
            value={terms}
            placeholder="diffusion, video generation, -survey"
            onInput={(e) => setTerms(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'rule-form-error' : undefined}
          />
        )}
      </Field>
      <SelectField label="Action" name="action" value={action} choices={ACTIONS} onChange={setAction} />
      <Field label="Tag">
        {(id) => <input id={id} name="tag" value={tag} placeholder="(first term)" onInput={(e) => setTag(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy || !terms.trim()}>
        Add rule
      </button>
      {error && (
        <p id="rule-form-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
