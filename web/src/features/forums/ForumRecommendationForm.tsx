// Captures a recommendation: its text, the proposing point (a point moderator names one of theirs), the
// owner agency (one of the space's plan agencies, picked from the list, or any name typed), the review
// date and, optionally, the contribution, question or poll of this forum it came from.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import type { ApiResponse } from '../../shared/api/schema';
import { useApi } from '../../shared/api/useApi';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type ForumContribution, type ForumView } from './api';
import type { ForumPoll, Question } from './screens/api';
import { useSend } from './useSend';

export type RecommendationList = ApiResponse<'/api/forums/{id}/recommendations', 'get'>;
export type SourceKind = 'contribution' | 'question' | 'poll';
export type Source = { kind: SourceKind; id: string; label: string };

/** The contributions, questions and polls of the forum, as a recommendation's possible sources. */
export function useSources(forumId: string, version: number): Source[] {
  const pick = usePick();
  const contributions = useApi<{ contributions: ForumContribution[] }>(paths.contributions(forumId), version);
  const questions = useApi<{ questions: Question[] }>(paths.questions(forumId), version);
  const polls = useApi<{ polls: ForumPoll[] }>(paths.polls(forumId), version);
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
  return [
    ...(contributions.status === 'done' ? contributions.data.contributions.map((c): Source => ({ kind: 'contribution', id: c.id, label: short(c.title) })) : []),
    ...(questions.status === 'done' ? questions.data.questions.map((q): Source => ({ kind: 'question', id: q.id, label: short(q.text) })) : []),
    ...(polls.status === 'done' ? polls.data.polls.map((p): Source => ({ kind: 'poll', id: p.id, label: short(pick(p.title)) })) : []),
  ];
}

const EMPTY = { text: '', pointId: '', owner: '', reviewOn: '', source: '' };
type Props = { forum: ForumView; list: RecommendationList; sources: Source[]; onChange: () => void };

export function RecommendationForm({ forum, list, sources, onChange }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const { permissions, agencies } = list;
  const points = forum.points.filter((p) => permissions.captureWithoutPoint || permissions.capture.includes(p.id));
  const [form, setForm] = useState({ ...EMPTY, pointId: permissions.captureWithoutPoint ? '' : (points[0]?.id ?? '') });
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const owner = form.owner.trim();
    const agency = agencies.find((a) => a.name.vi === owner || a.name.en === owner);
    const [kind, id] = form.source.split(':');
    const source = kind && id ? { kind, id } : null;
    const body = { text: form.text, pointId: form.pointId || null, owner, ownerOrganisationId: agency?.id ?? null, reviewOn: form.reviewOn || null, source };
    if (await send(paths.recommendations(forum.id), 'POST', body)) setForm((f) => ({ ...EMPTY, pointId: f.pointId }));
  };

  return (
    <form className="form fo-add fo-recform" onSubmit={submit} data-testid="recommendation-form">
      <h3>{t('forums.recs.add')}</h3>
      <label className="field">
        <span>{t('forums.recs.text')}</span>
        <textarea value={form.text} onChange={set('text')} rows={3} required data-testid="recommendation-text-input" />
      </label>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.recs.point')}</span>
          <select value={form.pointId} onChange={set('pointId')} required={!permissions.captureWithoutPoint} data-testid="recommendation-point">
            {permissions.captureWithoutPoint && <option value="">{t('forums.recs.noPoint')}</option>}
            {points.map((p) => <option key={p.id} value={p.id}>{pick(p.name)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('forums.recs.owner')}</span>
          <input value={form.owner} onChange={set('owner')} list="recommendation-agencies" required data-testid="recommendation-owner" />
          <datalist id="recommendation-agencies">
            {agencies.map((a) => <option key={a.id} value={pick(a.name)} />)}
          </datalist>
        </label>
        <label className="field">
          <span>{t('forums.recs.reviewOn')}</span>
          <input type="date" value={form.reviewOn} onChange={set('reviewOn')} data-testid="recommendation-review" />
        </label>
        <label className="field">
          <span>{t('forums.recs.source')}</span>
          <select value={form.source} onChange={set('source')} data-testid="recommendation-source">
            <option value="">{t('forums.recs.noSource')}</option>
            {(['contribution', 'question', 'poll'] as const).map((kind) => (
              <optgroup key={kind} label={t(`forums.recs.source.${kind}`)}>
                {sources.filter((s) => s.kind === kind).map((s) => <option key={s.id} value={`${kind}:${s.id}`}>{s.label}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="recommendation-add">{t('forums.recs.add')}</button>
      </div>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
