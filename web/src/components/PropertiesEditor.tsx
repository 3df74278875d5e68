// Relationship properties as rows of a form: a property chosen by name, its value as text, a yes/no
// box, or one of its coded values in words.
import { useT } from '../lib/context.js';
import { BOOLEAN_KEYS, LIST_KEYS, RELATIONSHIP_PROPERTY_KEYS } from '../lib/candidate-words.js';
import { PROPERTY_VALUE_LABELS, propertyLabel, propertyValueLabel } from '../lib/vocabulary.js';

export type Properties = Record<string, unknown>;

/** Relationship types whose `role` is a code (the others' role is the source's own word). */
const CODED_ROLE = new Set(['PARTICIPATES_IN', 'RUNS']);

function ValueInput({ name, value, type, onChange }: { name: string; value: unknown; type: string | null; onChange: (value: unknown) => void }) {
  const { lang } = useT();
  const testId = `property-value-${name}`;
  if (BOOLEAN_KEYS.has(name)) {
    return <input type="checkbox" data-testid={testId} checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
  }
  const coded = PROPERTY_VALUE_LABELS[name];
  if (coded && !LIST_KEYS.has(name) && (name !== 'role' || (type !== null && CODED_ROLE.has(type)))) {
    return (
      <select data-testid={testId} value={String(value ?? '')} onChange={(event) => onChange(event.target.value)}>
        <option value="" />
        {Object.keys(coded).map((code) => (
          <option key={code} value={code}>
            {propertyValueLabel(name, code, lang)}
          </option>
        ))}
      </select>
    );
  }
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  return (
    <input
      type="text"
      data-testid={testId}
      value={text}
      onChange={(event) => onChange(LIST_KEYS.has(name) ? event.target.value.split(/[,，、]\s*/).filter(Boolean) : event.target.value)}
    />
  );
}

/** `type`: the relationship type the properties are for, when known (it decides whether `role` is a code). */
export function PropertiesEditor({ value, type = null, onChange }: { value: Properties; type?: string | null; onChange: (value: Properties) => void }) {
  const { lang, t } = useT();
  const keys = Object.keys(value);
  const free = RELATIONSHIP_PROPERTY_KEYS.filter((key) => !keys.includes(key));
  return (
    <fieldset className="properties-editor" data-testid="properties-editor">
      <legend>{t('properties.title')}</legend>
      {keys.map((key) => (
        <div key={key} className="property-row">
          <label>{propertyLabel(key, lang)}</label>
          <ValueInput name={key} value={value[key]} type={type} onChange={(next) => onChange({ ...value, [key]: next })} />
          <button
            type="button"
            className="small"
            onClick={() => {
              const { [key]: _removed, ...rest } = value;
              onChange(rest);
            }}
          >
            {t('properties.remove')}
          </button>
        </div>
      ))}
      <select
        aria-label={t('properties.add')}
        data-testid="property-add"
        value=""
        onChange={(event) => event.target.value && onChange({ ...value, [event.target.value]: BOOLEAN_KEYS.has(event.target.value) ? true : '' })}
      >
        <option value="">{t('properties.add')}…</option>
        {free.map((key) => (
          <option key={key} value={key}>
            {propertyLabel(key, lang)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

/** The properties without empty values, as the API takes them. */
export function cleanProperties(value: Properties): Properties {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== '' && item !== null && !(Array.isArray(item) && item.length === 0)));
}
