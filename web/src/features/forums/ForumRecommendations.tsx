// A forum's recommendations (kiến nghị) on its staff page: each with its text, source, proposing point,
// owner agency, review date and status, and, once it became a plan action, that action's code, status,
// progress and latest report with a link to its page. Facilitators and point moderators capture them;
// facilitators accept or decline them with a note, turn accepted ones into plan actions, and download
// the forum's minutes (Word, PDF).
import { useState } from 'react';
import { Link } from 'wouter';
import { apiFile, errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { saveFile } from '../../shared/download';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import { paths as planPaths } from '../plans/api';
import { StatusLabel } from '../plans/bits';
import { percentText } from '../plans/numbers';
import { paths, type ForumRecommendation, type ForumView } from './api';
import { RecommendationForm, useSources, type RecommendationList, type Source } from './ForumRecommendationForm';
import { IntoPlanForm } from './ForumRecommendationPlan';
import { useSend } from './useSend';
import '../plans/plans.css';

export function ForumRecommendations({ forum }: { forum: ForumView }) {
  const t = useT();
  const { lang } = useLang();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const result = useApi<RecommendationList>(paths.recommendations(forum.id), version);
  const list = result.status === 'done' ? result.data : null;
  const sources = useSources(forum.id, version);
  const canCapture = list != null && (list.permissions.captureWithoutPoint || list.permissions.capture.length > 0);
  return (
    <section className="panel" aria-labelledby="recs-heading" data-testid="forum-recommendations">
      <h2 id="recs-heading">{t('forums.recs.title')}</h2>
      {forum.permissions.manage && <MinutesButtons forum={forum} />}
      {result.status === 'error' && <p className="form__error" role="alert">{errorMessage(result.error, lang, t)}</p>}
      {list && list.recommendations.length === 0 && <p className="muted">{t('forums.recs.empty')}</p>}
      {list && list.recommendations.length > 0 && (
        <ul className="fo-recs">
          {list.recommendations.map((r) => (
            <RecommendationItem key={r.id} forum={forum} r={r} sources={sources} decide={list.permissions.decide} onChange={reload} />
          ))}
        </ul>
      )}
      {list && canCapture && <RecommendationForm forum={forum} list={list} sources={sources} onChange={reload} />}
    </section>
  );
}

function MinutesButtons({ forum }: { forum: ForumView }) {
  const t = useT();
  const { lang } = useLang();
  const [error, setError] = useState<unknown>(null);
  const download = async (ext: 'docx' | 'pdf') => {
    setError(null);
    try {
      const { blob, filename } = await apiFile(paths.minutes(forum.id, ext, lang));
      saveFile(blob, filename ?? `bien-ban.${ext}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="fo-actions">
      <button type="button" className="button" onClick={() => void download('docx')} data-testid="minutes-docx">{t('forums.minutes.docx')}</button>
      <button type="button" className="button" onClick={() => void download('pdf')} data-testid="minutes-pdf">{t('forums.minutes.pdf')}</button>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </div>
  );
}

type ItemProps = { forum: ForumView; r: ForumRecommendation; sources: Source[]; decide: boolean; onChange: () => void };

function RecommendationItem({ forum, r, sources, decide, onChange }: ItemProps) {
  const t = useT();
  const pick = usePick();
  const point = forum.points.find((p) => p.id === r.pointId);
  const facts: [MessageKey, string][] = [
    ['forums.recs.point', point ? pick(point.name) : '—'],
    ['forums.recs.owner', r.owner],
    ['forums.recs.reviewOn', r.reviewOn ? formatDate(r.reviewOn) : '—'],
  ];
  return (
    <li className="fo-rec" data-testid="recommendation" data-status={r.status}>
      <p className="fo-rec__text">
        <strong data-testid="recommendation-text">{r.text}</strong>{' '}
        <span className="fo-theme" data-testid="recommendation-status">{t(`forums.recs.status.${r.status}`)}</span>
      </p>
      <dl className="fo-rec__facts">
        {r.source && (
          <div><dt>{t('forums.recs.source')}</dt><dd><SourceName source={r.source} sources={sources} /></dd></div>
        )}
        {facts.map(([label, value]) => (
          <div key={label}><dt>{t(label)}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {r.decisionNote && <p className="muted">{t('forums.recs.decisionNote', { note: r.decisionNote })}</p>}
      {r.followUp && <FollowUp f={r.followUp} />}
      {decide && r.status === 'proposed' && <Decision forum={forum} r={r} onChange={onChange} />}
      {decide && r.status === 'accepted' && !r.followUp && <IntoPlanForm forum={forum} r={r} onChange={onChange} />}
    </li>
  );
}

function SourceName({ source, sources }: { source: NonNullable<ForumRecommendation['source']>; sources: Source[] }) {
  const t = useT();
  const named = sources.find((s) => s.kind === source.kind && s.id === source.id);
  return <>{t(`forums.recs.source.${source.kind}`)}{named ? `: ${named.label}` : ''}</>;
}

function FollowUp({ f }: { f: NonNullable<ForumRecommendation['followUp']> }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="fo-rec__follow" data-testid="recommendation-follow-up">
      <p>
        <Link to={planPaths.actionPage(f.planId, f.actionId)} data-testid="recommendation-action">{t('forums.recs.action', { code: f.code })}</Link>{' '}
        <StatusLabel status={f.status} /> · {t('forums.recs.progress', { value: percentText(f.progress, lang) })}
      </p>
      <p className="muted">
        {f.lastReport ? t('forums.recs.lastReport', { period: f.lastReport.period, date: formatDate(f.lastReport.submittedOn), note: f.lastReport.statusNote }) : t('forums.recs.noReport')}
      </p>
    </div>
  );
}

function Decision({ forum, r, onChange }: { forum: ForumView; r: ForumRecommendation; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [note, setNote] = useState('');
  const { send, error, busy } = useSend(onChange);
  const decide = (decision: 'accepted' | 'declined') => void send(paths.recommendation(forum.id, r.id, 'decision'), 'POST', { decision, note });
  return (
    <div className="fo-add__row">
      <label className="field">
        <span>{t('forums.recs.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="recommendation-note" />
      </label>
      <button type="button" className="button" disabled={busy} onClick={() => decide('accepted')} data-testid="recommendation-accept">{t('forums.recs.accept')}</button>
      <button type="button" className="button" disabled={busy} onClick={() => decide('declined')} data-testid="recommendation-decline">{t('forums.recs.decline')}</button>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </div>
  );
}
