// Adding a document: pasted or uploaded (.txt, UTF-8) text with its title, publisher, date, link and language.
import { type FormEvent, useState } from 'react';
import { useT } from '../lib/context.js';
import { useMutation } from '../lib/use-mutation.js';
import { AddSourceMutation } from '../operations-sources.js';
import { ErrorMessage } from './Status.js';

export interface Added {
  id: string;
  message: string;
}

/** The text of a file when it is UTF-8; null when it is not. */
async function readUtf8(file: File): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}

export function AddSourceForm({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t } = useT();
  const add = useMutation(AddSourceMutation);
  const [fields, setFields] = useState({ text: '', title: '', publisher: '', publishedOn: '', url: '', language: '' });
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const set = (patch: Partial<typeof fields>) => setFields((previous) => ({ ...previous, ...patch }));

  const upload = async (file: File | undefined) => {
    setFileProblem(null);
    if (!file) return;
    const text = await readUtf8(file);
    if (text === null) {
      setFileProblem(t('add.notUtf8', { name: file.name }));
      return;
    }
    set({ text, title: fields.title || file.name.replace(/\.txt$/i, '') });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    const result = await add.run({
      input: {
        text: fields.text,
        title: fields.title,
        publisher: optional(fields.publisher),
        publishedOn: optional(fields.publishedOn),
        url: optional(fields.url),
        language: optional(fields.language),
      },
    });
    if (!result) return;
    const payload = result.addSource;
    onAdded({
      id: payload.source.id,
      message: payload.created ? t('add.created', { mentions: payload.mentionCount, candidates: payload.candidateCount }) : t('add.existing'),
    });
  };

  return (
    <form className="add-source" data-testid="add-source-form" onSubmit={submit}>
      <h2>{t('sources.add')}</h2>
      <label>
        {t('add.title')}
        <input type="text" data-testid="add-title" required value={fields.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
      <div className="field-row">
        <label>
          {t('sources.publisher')}
          <input type="text" data-testid="add-publisher" value={fields.publisher} onChange={(event) => set({ publisher: event.target.value })} />
        </label>
        <label>
          {t('sources.publishedOn')}
          <input type="date" data-testid="add-published-on" value={fields.publishedOn} onChange={(event) => set({ publishedOn: event.target.value })} />
        </label>
        <label>
          {t('sources.language')}
          <select data-testid="add-language" value={fields.language} onChange={(event) => set({ language: event.target.value })}>
            <option value="">{t('lang.auto')}</option>
            <option value="zh">{t('lang.zh')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </label>
      </div>
      <label>
        {t('sources.url')}
        <input type="url" data-testid="add-url" placeholder="https://" value={fields.url} onChange={(event) => set({ url: event.target.value })} />
      </label>
      <label>
        {t('add.text')}
        <textarea data-testid="add-text" rows={12} value={fields.text} onChange={(event) => set({ text: event.target.value })} />
      </label>
      <span className="muted">{t('add.textHint')}</span>
      <label>
        {t('add.file')}
        <input type="file" accept=".txt,text/plain" data-testid="add-file" onChange={(event) => void upload(event.target.files?.[0])} />
      </label>
      {fileProblem && (
        <div className="status status-error" role="alert" data-testid="file-problem">
          {fileProblem}
        </div>
      )}
      {add.error && <ErrorMessage error={add.error} />}
      <div className="form-actions">
        <button type="submit" data-testid="add-submit" disabled={add.busy || !fields.title.trim()}>
          {t('add.submit')}
        </button>
      </div>
    </form>
  );
}
