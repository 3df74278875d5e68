// One fact candidate beside its paragraph: what it proposes, the quote and the rule; for editors,
// accept, accept with edits (name, type, properties, "is really existing entity X") or reject with a reason.
import { type FormEvent, useState } from 'react';
import type { AcceptFactCandidateInput, FactCandidateFieldsFragment } from '../gql/graphql.js';
import { candidateInWords, propertiesInWords, ruleLabel } from '../lib/candidate-words.js';
import { useT } from '../lib/context.js';
import { RELATIONSHIP_TYPES, relationshipLabel, TYPENAMES, typeLabel } from '../lib/i18n.js';
import { useMutation } from '../lib/use-mutation.js';
import { enumLabel } from '../lib/vocabulary.js';
import { AcceptFactCandidateMutation, RejectFactCandidateMutation } from '../operations-sources.js';
import { EntityPicker } from './EntityPicker.js';
import { cleanProperties, type Properties, PropertiesEditor } from './PropertiesEditor.js';
import { ErrorMessage } from './Status.js';

type Candidate = FactCandidateFieldsFragment;

function parseProperties(json: string): Properties {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Properties) : {};
  } catch {
    return {};
  }
}

function End({ name, known }: { name: string | null | undefined; known: boolean }) {
  const { t } = useT();
  return (
    <span className="candidate-end">
      {name}
      {!known && <span className="new-badge">{t('candidate.new')}</span>}
    </span>
  );
}

function EditForm({ candidate, onDone }: { candidate: Candidate; onDone: () => void }) {
  const { lang, t } = useT();
  const accept = useMutation(AcceptFactCandidateMutation);
  const entity = candidate.kind === 'ENTITY';
  const newEnd = !entity && (!candidate.fromId || !candidate.toId);
  const [name, setName] = useState(entity ? (candidate.name ?? '') : (candidate.fromId ? candidate.toName : candidate.fromName) ?? '');
  const [nameEn, setNameEn] = useState(entity ? (candidate.nameEn ?? '') : '');
  const [label, setLabel] = useState(candidate.label ?? '');
  const [type, setType] = useState(candidate.relationshipType ?? '');
  const [properties, setProperties] = useState<Properties>(() => parseProperties(candidate.properties));
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: AcceptFactCandidateInput = { id: candidate.id, properties: JSON.stringify(cleanProperties(properties)) };
    const originalName = entity ? candidate.name : candidate.fromId ? candidate.toName : candidate.fromName;
    if ((entity || newEnd) && name.trim() && name !== originalName) input.name = name;
    if ((entity || newEnd) && nameEn.trim() && nameEn !== (entity ? candidate.nameEn : '')) input.nameEn = nameEn;
    if (entity && label !== candidate.label) input.label = label;
    if (!entity && type !== candidate.relationshipType) input.type = type;
    if (fromId) input.fromId = fromId;
    if (toId) input.toId = toId;
    if (await accept.run({ input })) onDone();
  };

  return (
    <form className="candidate-edit" data-testid="candidate-edit" onSubmit={submit}>
      {(entity || newEnd) && (
        <>
          <label>
            {t('candidate.name')}
            <input type="text" data-testid="edit-name" value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            {t('candidate.nameEn')}
            <input type="text" data-testid="edit-name-en" value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
          </label>
        </>
      )}
      {entity && (
        <label>
          {t('candidate.type')}
          <select data-testid="edit-label" value={label} onChange={(event) => setLabel(event.target.value)}>
            {TYPENAMES.map((typename) => (
              <option key={typename} value={typename}>
                {typeLabel(typename, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {!entity && (
        <label>
          {t('candidate.relationship')}
          <select data-testid="edit-type" value={type} onChange={(event) => setType(event.target.value)}>
            {RELATIONSHIP_TYPES.map((relationship) => (
              <option key={relationship} value={relationship}>
                {relationshipLabel(relationship, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {(entity ? [['from', candidate.name]] : [['from', candidate.fromId ? null : candidate.fromName], ['to', candidate.toId ? null : candidate.toName]])
        .filter(([, surface]) => surface)
        .map(([end, surface]) => (
          <EntityPicker
            key={end}
            label={t(end === 'from' ? 'candidate.existingFrom' : 'candidate.existingTo', { name: surface ?? '' })}
            value={end === 'from' ? fromId : toId}
            onChange={end === 'from' ? setFromId : setToId}
            testId={`edit-existing-${end}`}
          />
        ))}
      {(!entity || Object.keys(properties).length > 0) && <PropertiesEditor value={properties} type={entity ? null : type} onChange={setProperties} />}
      {accept.error && <ErrorMessage error={accept.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="edit-accept" disabled={accept.busy}>
          {t('candidate.acceptEdited')}
        </button>
        <button type="button" onClick={onDone}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

function RejectForm({ candidate, onDone }: { candidate: Candidate; onDone: () => void }) {
  const { t } = useT();
  const reject = useMutation(RejectFactCandidateMutation);
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await reject.run({ input: { id: candidate.id, reason } })) onDone();
  };
  return (
    <form className="candidate-reject" data-testid="candidate-reject" onSubmit={submit}>
      <label>
        {t('candidate.reason')}
        <textarea data-testid="reject-reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {reject.error && <ErrorMessage error={reject.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="reject-submit" disabled={reject.busy}>
          {t('candidate.rejectSubmit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CandidateCard({
  candidate,
  editable,
  selected,
  onSelect,
}: {
  candidate: Candidate;
  editable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const { lang, t } = useT();
  const accept = useMutation(AcceptFactCandidateMutation);
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const pending = candidate.status === 'PENDING';
  const properties = propertiesInWords(candidate.properties, lang);

  return (
    <div className={`fact-candidate fact-candidate-${candidate.status.toLowerCase()}`} data-testid="fact-candidate" data-candidate-id={candidate.id} data-status={candidate.status}>
      <div className="fact-candidate-head">
        {editable && pending && (
          <input type="checkbox" data-testid="candidate-select" aria-label={t('candidate.select')} checked={selected} onChange={(event) => onSelect(event.target.checked)} />
        )}
        <span className="status-badge">{enumLabel('FactCandidateStatus', candidate.status, lang)}</span>
        <span className="muted">{enumLabel('FactCandidateKind', candidate.kind, lang)}</span>
        <span className="muted">{t('candidate.confidence', { n: Math.round(candidate.confidence * 100) })}</span>
      </div>
      <p className="candidate-fact" data-testid="candidate-fact" title={candidateInWords(candidate, lang)}>
        {candidate.kind === 'ENTITY' ? (
          <>
            <span className="muted">{t('candidate.newEntity')} · {typeLabel(candidate.label ?? '', lang)}</span> <End name={candidate.name} known={false} />
          </>
        ) : (
          <>
            <End name={candidate.fromName} known={Boolean(candidate.fromId)} /> <span className="arrow">—{relationshipLabel(candidate.relationshipType ?? '', lang)}→</span>{' '}
            <End name={candidate.toName} known={Boolean(candidate.toId)} />
          </>
        )}
      </p>
      {properties.length > 0 && (
        <span className="relationship-properties">
          {properties.map(([key, value]) => (
            <span key={key} className="property-pill">
              {key}: {value}
            </span>
          ))}
        </span>
      )}
      <q className="candidate-quote">{candidate.quote}</q>
      <span className="muted candidate-rule">
        {t('candidate.rule')}: {ruleLabel(candidate.rule, lang)}
      </span>
      {candidate.status === 'REJECTED' && candidate.reason && <span className="candidate-reason">{candidate.reason}</span>}
      {candidate.reviewedBy && <span className="muted">{t('candidate.reviewedBy', { who: candidate.reviewedBy })}</span>}
      {editable && pending && mode === 'view' && (
        <div className="form-actions">
          <button type="button" data-testid="candidate-accept" disabled={accept.busy} onClick={() => void accept.run({ input: { id: candidate.id } })}>
            {t('candidate.accept')}
          </button>
          <button type="button" data-testid="candidate-edit-open" onClick={() => setMode('edit')}>
            {t('candidate.edit')}
          </button>
          <button type="button" data-testid="candidate-reject-open" onClick={() => setMode('reject')}>
            {t('candidate.reject')}
          </button>
        </div>
      )}
      {accept.error && <ErrorMessage error={accept.error} />}
      {editable && pending && mode === 'edit' && <EditForm candidate={candidate} onDone={() => setMode('view')} />}
      {editable && pending && mode === 'reject' && <RejectForm candidate={candidate} onDone={() => setMode('view')} />}
    </div>
  );
}
