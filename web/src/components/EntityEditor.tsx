// For editors, in the details panel: a form for an entity's properties (update<Type>), one for a
// new relationship (link), and a button removing a relationship (unlink). Each write names its source.
import { type FormEvent, useState } from 'react';
import type {
  RelationshipType,
  UpdateEnterpriseInput,
  UpdateOrganizationInput,
  UpdatePersonInput,
  UpdatePlatformInput,
  UpdateProjectInput,
} from '../gql/graphql.js';
import type { ApiError } from '../lib/api.js';
import { useT } from '../lib/context.js';
import { ENTITY_PROPERTIES, type EntityPropertySpec, parsePropertyText, propertyText } from '../lib/entity-properties.js';
import { RELATIONSHIP_TYPES, relationshipLabel, typeLabel } from '../lib/i18n.js';
import { useMutation } from '../lib/use-mutation.js';
import { enumLabel, ENUM_LABELS, propertyLabel } from '../lib/vocabulary.js';
import {
  LinkMutation,
  UnlinkMutation,
  UpdateEnterpriseMutation,
  UpdateOrganizationMutation,
  UpdatePersonMutation,
  UpdatePlatformMutation,
  UpdateProjectMutation,
} from '../operations-sources.js';
import { EntityPicker } from './EntityPicker.js';
import { cleanProperties, type Properties, PropertiesEditor } from './PropertiesEditor.js';
import { EMPTY_SOURCE, type SourceDraft, SourceFields, toSourceInput } from './SourceFields.js';
import { ErrorMessage } from './Status.js';

export interface EditableEntity {
  __typename: string;
  id: string;
  name: string;
  nameEn: string;
  nameEnOfficial: boolean;
  aliases: readonly string[];
  summary?: string | null;
}

/** The entity types the API has an update mutation for. */
const EDITABLE = new Set(['Enterprise', 'Organization', 'Platform', 'Project', 'Person']);

interface Fields {
  name: string;
  nameEn: string;
  nameEnOfficial: boolean;
  aliases: string;
  summary: string;
}

/** The fields every editable type has, and the properties of the entity's own type by name. */
type EntityUpdate = UpdatePersonInput & Record<string, unknown>;

/** The update mutation of the entity's type. */
function useUpdate(typename: string): { run: (input: EntityUpdate) => Promise<{ changed: boolean } | null>; busy: boolean; error: ApiError | null } {
  const mutations = {
    Enterprise: useMutation(UpdateEnterpriseMutation),
    Organization: useMutation(UpdateOrganizationMutation),
    Platform: useMutation(UpdatePlatformMutation),
    Project: useMutation(UpdateProjectMutation),
    Person: useMutation(UpdatePersonMutation),
  };
  const changed = (payload: { change: { id: string } | null } | null | undefined) => ({ changed: Boolean(payload?.change) });
  const run = async (input: EntityUpdate) => {
    switch (typename) {
      case 'Enterprise':
        return ((result) => result && changed(result.updateEnterprise))(await mutations.Enterprise.run({ input: input as UpdateEnterpriseInput }));
      case 'Organization':
        return ((result) => result && changed(result.updateOrganization))(await mutations.Organization.run({ input: input as UpdateOrganizationInput }));
      case 'Platform':
        return ((result) => result && changed(result.updatePlatform))(await mutations.Platform.run({ input: input as UpdatePlatformInput }));
      case 'Project':
        return ((result) => result && changed(result.updateProject))(await mutations.Project.run({ input: input as UpdateProjectInput }));
      default:
        return ((result) => result && changed(result.updatePerson))(await mutations.Person.run({ input }));
    }
  };
  const own = mutations[typename as keyof typeof mutations] ?? mutations.Person;
  return { run, busy: own.busy, error: own.error };
}

/** One property of the entity's own type: a choice of its coded values, or text (a list one item a line). */
function OwnPropertyInput({ spec, value, onChange }: { spec: EntityPropertySpec; value: string; onChange: (value: string) => void }) {
  const { lang, t } = useT();
  const testId = `entity-edit-property-${spec.key}`;
  const label = propertyLabel(spec.key, lang);
  if (spec.kind === 'enum') {
    return (
      <label>
        {label}
        <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
          {!spec.required && <option value="" />}
          {Object.keys(ENUM_LABELS[spec.enumName!] ?? {}).map((code) => (
            <option key={code} value={code}>
              {enumLabel(spec.enumName!, code, lang)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (spec.kind === 'list') {
    return (
      <label>
        {label} ({t('edit.listHint')})
        <textarea data-testid={testId} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
      </label>
    );
  }
  const numeric = spec.kind === 'int' || spec.kind === 'float';
  return (
    <label>
      {label}
      <input type="text" inputMode={numeric ? 'decimal' : undefined} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

function PropertiesForm({ entity, onDone }: { entity: EditableEntity; onDone: (message: string) => void }) {
  const { lang, t } = useT();
  const update = useUpdate(entity.__typename);
  const initial: Fields = { name: entity.name, nameEn: entity.nameEn, nameEnOfficial: entity.nameEnOfficial, aliases: entity.aliases.join('\n'), summary: entity.summary ?? '' };
  const [fields, setFields] = useState<Fields>(initial);
  const specs = ENTITY_PROPERTIES[entity.__typename] ?? [];
  const stored = entity as unknown as Record<string, unknown>;
  const initialOwn = Object.fromEntries(specs.map((spec) => [spec.key, propertyText(stored[spec.field])]));
  const [own, setOwn] = useState<Record<string, string>>(initialOwn);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  const set = (patch: Partial<Fields>) => setFields((previous) => ({ ...previous, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: EntityUpdate = { id: entity.id, source: toSourceInput(source) };
    for (const spec of specs) {
      if (own[spec.key] === initialOwn[spec.key]) continue;
      const parsed = parsePropertyText(spec, own[spec.key] ?? '');
      if ('problem' in parsed) {
        setInvalid(t(parsed.problem, { field: propertyLabel(spec.key, lang) }));
        return;
      }
      input[spec.key] = parsed.value;
    }
    setInvalid(null);
    if (fields.name !== initial.name) input.name = fields.name;
    if (fields.nameEn !== initial.nameEn) input.nameEn = fields.nameEn;
    if (fields.nameEnOfficial !== initial.nameEnOfficial) input.nameEnOfficial = fields.nameEnOfficial;
    if (fields.aliases !== initial.aliases) input.aliases = fields.aliases.split('\n').map((alias) => alias.trim()).filter(Boolean);
    if (fields.summary !== initial.summary) input.summary = fields.summary.trim() === '' ? null : fields.summary;
    const result = await update.run(input);
    if (result) onDone(result.changed ? t('edit.saved') : t('edit.unchanged'));
  };

  return (
    <form className="entity-edit" data-testid="entity-edit-form" onSubmit={submit}>
      <label>
        {t('candidate.name')}
        <input type="text" data-testid="entity-edit-name" value={fields.name} onChange={(event) => set({ name: event.target.value })} />
      </label>
      <label>
        {t('candidate.nameEn')}
        <input type="text" data-testid="entity-edit-name-en" value={fields.nameEn} onChange={(event) => set({ nameEn: event.target.value })} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={fields.nameEnOfficial} onChange={(event) => set({ nameEnOfficial: event.target.checked })} />
        {t('edit.official')}
      </label>
      <label>
        {t('edit.aliases')}
        <textarea data-testid="entity-edit-aliases" rows={3} value={fields.aliases} onChange={(event) => set({ aliases: event.target.value })} />
      </label>
      <label>
        {t('edit.summary')}
        <textarea data-testid="entity-edit-summary" rows={3} value={fields.summary} onChange={(event) => set({ summary: event.target.value })} />
      </label>
      {specs.length > 0 && (
        <fieldset className="own-properties" data-testid="entity-edit-own-properties">
          <legend>{t('edit.typeProperties', { type: typeLabel(entity.__typename, lang) })}</legend>
          {specs.map((spec) => (
            <OwnPropertyInput key={spec.key} spec={spec} value={own[spec.key] ?? ''} onChange={(value) => setOwn((previous) => ({ ...previous, [spec.key]: value }))} />
          ))}
        </fieldset>
      )}
      <SourceFields value={source} onChange={setSource} />
      {invalid && (
        <div className="status status-error" role="alert" data-testid="entity-edit-invalid">
          {invalid}
        </div>
      )}
      {update.error && <ErrorMessage error={update.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="entity-edit-save" disabled={update.busy}>
          {t('edit.save')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

function LinkForm({ entity, onDone }: { entity: EditableEntity; onDone: (message: string) => void }) {
  const { lang, t } = useT();
  const link = useMutation(LinkMutation);
  const [type, setType] = useState<RelationshipType>('COOPERATES_WITH');
  const [outgoing, setOutgoing] = useState(true);
  const [other, setOther] = useState<string | null>(null);
  const [properties, setProperties] = useState<Properties>({});
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) return;
    const [from, to] = outgoing ? [entity.id, other] : [other, entity.id];
    const result = await link.run({ input: { from, to, type, properties: cleanProperties(properties), source: toSourceInput(source) } });
    if (result) onDone(t('link.saved'));
  };

  return (
    <form className="link-edit" data-testid="link-form" onSubmit={submit}>
      <label>
        {t('link.type')}
        <select data-testid="link-type" value={type} onChange={(event) => setType(event.target.value as RelationshipType)}>
          {RELATIONSHIP_TYPES.map((relationship) => (
            <option key={relationship} value={relationship}>
              {relationshipLabel(relationship, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('link.direction')}
        <select data-testid="link-direction" value={outgoing ? 'out' : 'in'} onChange={(event) => setOutgoing(event.target.value === 'out')}>
          <option value="out">{t('link.outgoing')}</option>
          <option value="in">{t('link.incoming')}</option>
        </select>
      </label>
      <EntityPicker label={t('link.other')} value={other} onChange={setOther} testId="link-other" />
      <PropertiesEditor value={properties} type={type} onChange={setProperties} />
      <SourceFields value={source} onChange={setSource} />
      {link.error && <ErrorMessage error={link.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="link-save" disabled={link.busy || !other}>
          {t('link.save')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The edit buttons and forms of an entity, for editors. */
export function EntityEditor({ entity }: { entity: EditableEntity }) {
  const { t } = useT();
  const [open, setOpen] = useState<'none' | 'properties' | 'link'>('none');
  const [message, setMessage] = useState('');
  const done = (text: string) => {
    setOpen('none');
    setMessage(text);
  };
  return (
    <section className="entity-editor" data-testid="entity-editor">
      <div className="form-actions">
        {EDITABLE.has(entity.__typename) && (
          <button type="button" data-testid="entity-edit-open" onClick={() => (setOpen('properties'), setMessage(''))}>
            {t('edit.open')}
          </button>
        )}
        <button type="button" data-testid="link-open" onClick={() => (setOpen('link'), setMessage(''))}>
          {t('link.open')}
        </button>
      </div>
      {message && (
        <div className="status notice" role="status" data-testid="edit-notice">
          {message}
        </div>
      )}
      {open === 'properties' && <PropertiesForm key={entity.id} entity={entity} onDone={done} />}
      {open === 'link' && <LinkForm key={entity.id} entity={entity} onDone={done} />}
    </section>
  );
}

/** Removes one relationship, with a note or citation saying why. */
export function UnlinkControl({ from, type, to }: { from: string; type: RelationshipType; to: string }) {
  const { t } = useT();
  const unlink = useMutation(UnlinkMutation);
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  if (!open) {
    return (
      <button type="button" className="small" data-testid="unlink-open" onClick={() => setOpen(true)}>
        {t('unlink.open')}
      </button>
    );
  }
  return (
    <form
      className="unlink-form"
      data-testid="unlink-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await unlink.run({ input: { from, type, to, source: toSourceInput(source) } })) setOpen(false);
      }}
    >
      <SourceFields value={source} onChange={setSource} />
      {unlink.error && <ErrorMessage error={unlink.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="unlink-submit" disabled={unlink.busy}>
          {t('unlink.confirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
