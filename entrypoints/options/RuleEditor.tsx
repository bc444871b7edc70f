// Add or edit a rule: terms, tag, action, fields, conditions on HF data, colour, enabled. While
// it is typed, a local preview says how many open-tab papers it would match. The background
// validates again on save; a refusal (e.g. an invalid regular expression or a negative
// minimum) is shown and nothing is saved. noValidate: the rule engine's messages explain a
// refused number, not the browser's bubbles.
import { useMemo, useRef, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { type RuleInput } from '@/utils/types';
import { DEFAULT_FIELDS, RULE_ACTIONS, RULE_FIELDS, type PaperInfo, type Rule, type RuleAction, type RuleField } from '@/utils/types';
import { DEFAULT_COLORS } from '@/utils/paper/colors';
import { validateRuleInput } from '@/utils/rules/validate';
import { useFeedback } from '@/components/library/feedback';
import { papersMatching } from '@/utils/library/rule-matches';
import { plural } from '@/utils/library/format';
import { plainError } from '@/utils/library/plain-error';
import { Field } from '@/components/Field';
import { plainChoices, SelectField } from '@/components/SelectField';
import { conditionsFromForm, formFromConditions } from '@/utils/library/conditions-form';
import { ConditionsFields } from './ConditionsFields';

const ACTIONS = plainChoices(RULE_ACTIONS);

interface Props {
  /** The rule being edited, or null to add one. */
  rule: Rule | null;
  /** Open-tab papers for the preview; null while they are read. */
  papers: PaperInfo[] | null;
  onDone(): void;
}

export function RuleEditor({ rule, papers, onDone }: Props) {
  const { announce } = useFeedback();
  const [terms, setTerms] = useState(rule ? rule.terms.join(', ') : '');
  const [tag, setTag] = useState(rule?.tag ?? '');
  const [action, setAction] = useState<RuleAction>(rule?.action ?? 'highlight');
  const [fields, setFields] = useState<RuleField[]>(rule ? rule.fields : [...DEFAULT_FIELDS]);
  /** null: the default colour of the chosen action. */
  const [color, setColor] = useState<string | null>(rule?.color ?? null);
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [conditionsForm, setConditionsForm] = useState(() => formFromConditions(rule?.conditions));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const termsInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (rule) termsInput.current?.focus();
  }, [rule]);

  const input: RuleInput = {
    id: rule?.id,
    terms,
    tag: tag.trim() || undefined,
    action,
    fields: RULE_FIELDS.filter((f) => fields.includes(f)),
    color: color ?? undefined,
    enabled,
    conditions: conditionsFromForm(conditionsForm),
  };
  const canSave = (!!terms.trim() || !!input.conditions) && fields.length > 0;
  const preview = usePreview(input, papers);

  function toggleField(field: RuleField, on: boolean) {
    setFields((prev) => (on ? [...prev, field] : prev.filter((f) => f !== field)));
  }

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const saved = await sendMessage('putRule', { ...rule, ...input });
      setError('');
      announce(`Rule “${saved.tag}” saved`);
      if (rule) onDone();
      else {
        setTerms('');
        setTag('');
        setConditionsForm(formFromConditions(undefined));
      }
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="rule-editor" aria-label={rule ? `Edit rule ${rule.tag}` : 'Add a rule'} onSubmit={submit} noValidate>
      <Field label="Terms">
        {(id) => (
          <input
            id={id}
            ref={termsInput}
            name="terms"
            value={terms}
            placeholder="diffusion, video generation, /\bDiT\b/, -survey"
            onInput={(e) => {
              setTerms(e.currentTarget.value);
              setError('');
            }}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'rule-editor-error' : 'rule-editor-preview'}
          />
        )}
      </Field>
      <Field label="Tag">
        {(id) => <input id={id} name="tag" value={tag} placeholder="(first term)" onInput={(e) => setTag(e.currentTarget.value)} />}
      </Field>
      <SelectField label="Action" name="action" value={action} choices={ACTIONS} onChange={setAction} />
      <fieldset>
        <legend>Match in</legend>
        {RULE_FIELDS.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={fields.includes(f)} onChange={(e) => toggleField(f, e.currentTarget.checked)} />
            {f}
          </label>
        ))}
      </fieldset>
      <ConditionsFields
        value={conditionsForm}
        onChange={(next) => {
          setConditionsForm(next);
          setError('');
        }}
      />
      <Field label="Colour">
        {(id) => <input id={id} type="color" value={color ?? DEFAULT_COLORS[action]} onInput={(e) => setColor(e.currentTarget.value)} />}
      </Field>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        Enabled
      </label>
      <button type="submit" disabled={busy || !canSave}>
        Save rule
      </button>
      {rule && (
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      )}
      {error ? (
        <p id="rule-editor-error" class="error" role="alert">
          {error}
        </p>
      ) : (
        <p id="rule-editor-preview" class="preview hint" aria-live="polite">
          {preview}
        </p>
      )}
    </form>
  );
}

/** "Would match N papers on open tabs", or why there is no count yet. */
function usePreview(input: RuleInput, papers: PaperInfo[] | null): string {
  const key = JSON.stringify([input.terms, input.fields, input.action, input.conditions]);
  return useMemo(() => {
    if (!String(input.terms).trim() && !input.conditions) {
      return 'Type terms or set a condition to see how many papers on open tabs the rule would match.';
    }
    if (!input.fields?.length) return 'Choose at least one field to match in.';
    let checked: ReturnType<typeof validateRuleInput>;
    try {
      checked = validateRuleInput({ ...input, enabled: true });
    } catch {
      return 'These terms cannot be previewed.';
    }
    if (!checked.ok) return `Not a valid rule yet: ${checked.error}`;
    if (!papers) return 'Reading the papers on open tabs…';
    const rule: Rule = { ...checked.value, id: input.id ?? 'preview', order: 0, enabled: true };
    return `Would match ${plural(papersMatching(rule, papers).length, 'paper')} on open tabs`;
  }, [key, papers]);
}
