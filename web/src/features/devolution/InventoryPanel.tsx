// The inventory on screen: per sector, each function and its unbundled activities with their legal basis,
// current level, workload, staff and budget. Edit controls only where the server says `editable` (a coordinator
// every unit's, a unit's official their own); "add" for anyone who may edit some unit. The Excel download and,
// for coordinators, the upload (InventoryExcel). One table per sector, a row group per function; on a phone the
// table scrolls sideways in its own region, the page does not.
import { useState } from 'react';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ActivityForm } from './ActivityForm';
import { localized, type Activity, type DevolutionSpace } from './api';
import { InventoryExcel } from './InventoryExcel';
import { bySector } from './inventoryGroups';
import { labelIn } from './ReviewPanel';
import './inventory.css';

type Props = { spaceId: string; space: DevolutionSpace; activities: Activity[]; onChange: () => void };
type Editing = { spaceId: string; space: DevolutionSpace; editing: string | null; open: (code: string | null) => void; done: (message: string) => void };

export function InventoryPanel({ spaceId, space, activities, onChange }: Props) {
  const t = useT();
  const pick = usePick();
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const open = (code: string | null) => { setNote(null); setEditing(code); };
  const done = (message: string) => { setEditing(null); setNote(message); onChange(); };
  const ctx: Editing = { spaceId, space, editing, open, done };
  const mine = space.permissions.editUnits.map((k) => pick(localized(space.units.find((u) => u.key === k)?.name ?? { vi: k, en: null })));
  return (
    <section className="panel" aria-labelledby="devolution-inventory-heading" data-testid="devolution-inventory">
      <h2 id="devolution-inventory-heading">{t('devolution.inventory.title')}</h2>
      <p className="muted">{t('devolution.inventory.intro')}</p>
      {mine.length > 0 && <p>{space.permissions.coordinate ? t('devolution.inventory.canEditAll') : t('devolution.inventory.canEditOwn', { units: mine.join('; ') })}</p>}
      <InventoryExcel spaceId={spaceId} coordinate={space.permissions.coordinate} onImported={onChange} />
      {mine.length > 0 && editing !== '' && (
        <p className="button-row"><button type="button" className="button button--secondary" onClick={() => open('')}>{t('devolution.inventory.add')}</button></p>
      )}
      {editing === '' && <ActivityForm spaceId={spaceId} space={space} editing={null} onDone={done} onCancel={() => setEditing(null)} />}
      {note && <p className="status-line" role="status" data-testid="devolution-inventory-saved">{note}</p>}
      {activities.length === 0 && <p className="muted">{t('devolution.inventory.empty')}</p>}
      {bySector(activities, space.sectors).map(({ sector, functions }) => <SectorTable key={sector} ctx={ctx} sector={sector} functions={functions} />)}
    </section>
  );
}

function SectorTable({ ctx, sector, functions }: { ctx: Editing; sector: string; functions: Activity[][] }) {
  const t = useT();
  const pick = usePick();
  const being = functions.flat().find((a) => a.code === ctx.editing) ?? null;
  return (
    <div className="dv-sector" data-testid={`devolution-sector-${sector}`}>
      <h3>{labelIn(ctx.space.sectors, sector, pick)}</h3>
      <div className="table-scroll">
        <table className="table dv-inventory">
          <thead><tr>
            <th scope="col">{t('devolution.col.activity')}</th>
            <th scope="col">{t('devolution.inventory.col.kind')}</th>
            <th scope="col">{t('devolution.col.level')}</th>
            <th scope="col" className="num">{t('devolution.col.workload')}</th>
            <th scope="col" className="num">{t('devolution.col.staff')}</th>
            <th scope="col" className="num">{t('devolution.inventory.col.budget')}</th>
            <th scope="col"><span className="visually-hidden">{t('devolution.inventory.col.actions')}</span></th>
          </tr></thead>
          {functions.map((list) => (
            <tbody key={list[0].functionCode} data-testid={`devolution-function-${list[0].functionCode}`}>
              <tr className="dv-inventory__function"><th scope="rowgroup" colSpan={7}>{t('devolution.inventory.function', { code: list[0].functionCode, name: list[0].functionName })}</th></tr>
              {list.map((a) => <ActivityRow key={a.code} ctx={ctx} activity={a} />)}
            </tbody>
          ))}
        </table>
      </div>
      {being && <ActivityForm key={being.code} spaceId={ctx.spaceId} space={ctx.space} editing={being} onDone={ctx.done} onCancel={() => ctx.open(null)} />}
    </div>
  );
}

function ActivityRow({ ctx, activity: a }: { ctx: Editing; activity: Activity }) {
  const t = useT();
  const { lang } = useLang();
  const pick = usePick();
  const n = (x: number) => formatNumber(x, lang);
  const unit = pick(localized(ctx.space.units.find((u) => u.key === a.unit)?.name ?? { vi: a.unit, en: null }));
  return (
    <tr data-testid={`devolution-inventory-${a.code}`}>
      <th scope="row">{a.code} {a.name}<br /><small className="muted">{basis(a, t)} · {unit}</small></th>
      <td>{labelIn(ctx.space.kinds, a.kind, pick)}</td>
      <td>{labelIn(ctx.space.levels, a.level, pick)}</td>
      <td className="num">{n(a.workload)}</td>
      <td className="num">{n(a.staff)}</td>
      <td className="num">{n(a.budget)}</td>
      <td>{a.editable && <button type="button" className="button button--secondary" aria-label={t('devolution.inventory.editLabel', { code: a.code })} onClick={() => ctx.open(a.code)}>{t('devolution.inventory.edit')}</button>}</td>
    </tr>
  );
}

const basis = (a: Activity, t: ReturnType<typeof useT>) =>
  a.legalArticle ? t('devolution.inventory.legalArticle', { document: a.legalDocument, article: a.legalArticle }) : t('devolution.inventory.legal', { document: a.legalDocument });
